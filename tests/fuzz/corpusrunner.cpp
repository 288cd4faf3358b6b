// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a libFuzzer harness once over every file of its corpus, without libFuzzer: ctest's
// check that no input the fuzzers ever kept crashes or hangs the reader of a normal build.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir dir(QString::fromLocal8Bit(argv[i]));
        const QStringList names = dir.exists() ? dir.entryList(QDir::Files, QDir::Name)
                                               : QStringList{QString::fromLocal8Bit(argv[i])};
        for (const QString &name : names) {
            QFile file(dir.exists() ? dir.filePath(name) : name);
            if (!file.open(QIODevice::ReadOnly)) {
                out << "cannot read " << file.fileName() << Qt::endl;
                return 1;
            }
            const QByteArray bytes = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                   static_cast<std::size_t>(bytes.size()));
            ++files;
        }
    }
    out << "corpus: " << files << " inputs read without a crash" << Qt::endl;
    return files > 0 ? 0 : 1;
}
