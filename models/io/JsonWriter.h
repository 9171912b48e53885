// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Continuity {

// A small streaming JSON writer that keeps keys in the order they are written, so that plan
// JSON has a stable, readable layout (format and version first) and can be written for
// 100k-node plans without building a QJsonDocument tree first. Containers opened compact
// are written on one line.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0);

    void beginObject(bool compact = false);
    void endObject();
    void beginArray(bool compact = false);
    void endArray();
    void key(const char *name); // a literal name from the code
    void key(const QString &name);

    void value(const QString &text);
    void value(double number);
    void value(int number);
    void value(bool flag);
    void null();
    void value(const std::optional<double> &number);
    void value(const std::optional<int> &number);
    void value(const std::optional<QString> &text);
    void emptyAsNull(const QString &text);

    QByteArray take();

    static void appendString(QByteArray &out, const QString &text);
    static void appendNumber(QByteArray &out, double number);

private:
    void beforeValue();
    void newline();

    struct Level
    {
        bool compact;
        bool empty;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace Continuity
