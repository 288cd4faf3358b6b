// SPDX-License-Identifier: GPL-3.0-or-later
// The yardstick of bench/first-frame: a bare Qt Quick Controls window, timed like the kiosk.

#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>

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
            // The clock of the kiosk's --first-frame: the bench subtracts its own reading.
            QTextStream(stdout) << "first-frame-ns "
                                << QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs()
                                << Qt::endl;
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    return QGuiApplication::exec();
}
