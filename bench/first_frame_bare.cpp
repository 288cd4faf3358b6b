// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of bench/first-frame: a bare Qt Quick Controls window, timed like the kiosk.

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>

#include <ctime>

namespace {

// The same clock and the same line as the kiosk's --first-frame: the bench subtracts its own
// reading taken just before it started the program.
qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    // What a Qt Quick Controls window at its smallest is: a window, a label, a button.
    engine.loadData(QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
ApplicationWindow {
    width: 1920
    height: 1080
    visible: true
    Column {
        anchors.centerIn: parent
        Label { text: "Hello" }
        Button { text: "Start" }
    }
}
)"));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [] {
            QTextStream(stdout) << "first-frame-ns " << monotonicNs() << Qt::endl;
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    return QGuiApplication::exec();
}
