// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the MIME type Qt (as a file manager would) gives a file, by name and content.
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QTextStream(stdout) << QMimeDatabase().mimeTypeForFile(QString::fromLocal8Bit(argv[1])).name()
                        << '\n';
    return 0;
}
