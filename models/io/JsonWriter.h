// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstring>
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
    // For a long document written in parts: the bytes written so far, handed over, and how
    // many there are; writing goes on where it stopped (sections() are then lost).
    QByteArray takeWritten();
    qsizetype written() const { return m_size; }

    // Where each value of the root object was written: its key and the value's byte range in
    // what take() returns. For comparing two documents section by section without parsing.
    struct Section
    {
        QByteArray key;
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    const QList<Section> &sections() const { return m_sections; }
    // Writes only the root object's value under `key` (a literal): everything else is walked
    // and left out. For a document read as sections.
    void keepOnly(const char *key) { m_only = key; }
    // Whether the value under `key` is written: false for a root key other than the one kept,
    // whose value the caller then need not walk at all.
    bool wants(const char *key) const
    {
        return !m_only || m_levels.size() != 1 || std::strcmp(key, m_only) == 0;
    }

private:
    void beforeValue();
    void newline();
    void appendString(const QString &text);
    void appendNumber(double number);
    void appendInteger(qint64 number);
    // The output grows in m_out's bytes by hand: QByteArray::append costs a call through
    // insert() per piece, which is most of the time of a small document.
    void put(char c)
    {
        if (m_muted)
            return;
        if (m_size == m_out.size())
            grow(1);
        m_data[m_size++] = c;
    }
    void put(const char *text, qsizetype length);
    void put(const char *text) { put(text, qsizetype(std::strlen(text))); }
    void put(const QByteArray &bytes) { put(bytes.constData(), bytes.size()); }
    void grow(qsizetype more);

    struct Level
    {
        bool compact;
        bool empty;
    };
    QByteArray m_out; // m_size bytes written, the rest room to grow
    char *m_data = nullptr;
    qsizetype m_size = 0;
    QList<Level> m_levels;
    QList<Section> m_sections;
    const char *m_only = nullptr;
    bool m_muted = false;
    bool m_afterKey = false;
};

} // namespace Continuity
