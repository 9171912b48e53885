// SPDX-License-Identifier: GPL-3.0-or-later
#include "VCard.h"

#include "domain/Plan.h"
#include "rules/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace Continuity::VCard {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Continuity::VCard)
};

constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
constexpr int MaxCards = 100000;

// One logical line: its first physical line's number and its bytes, unfolded.
struct Line
{
    int number;
    QByteArray text;
};

QList<Line> unfold(const QByteArray &data)
{
    QList<Line> lines;
    int number = 0;
    bool continueQuotedPrintable = false;
    for (QByteArray physical : data.split('\n')) {
        ++number;
        if (physical.endsWith('\r'))
            physical.chop(1);
        const bool folded =
            !physical.isEmpty() && (physical.at(0) == ' ' || physical.at(0) == '\t');
        if ((folded || continueQuotedPrintable) && !lines.isEmpty()) {
            lines.last().text += folded ? physical.mid(1) : physical;
        } else if (!physical.isEmpty()) {
            lines.append({number, physical});
        } else {
            continue;
        }
        // A quoted-printable value goes on after a line that ends in a soft break ("=").
        const QByteArray &text = lines.last().text;
        continueQuotedPrintable = text.toUpper().contains("QUOTED-PRINTABLE") && text.endsWith('=');
        if (continueQuotedPrintable)
            lines.last().text.chop(1);
    }
    return lines;
}

// RFC 6350 3.4: \n, \N, \, \; and \\ in text values.
QString unescape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(QLatin1Char('\n'))
                                                                        : next;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits a structured value at unescaped `separator` (N and ORG are split at ';').
QStringList components(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == separator) {
            parts.append(unescape(current));
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(unescape(current));
    return parts;
}

std::optional<QByteArray> quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '=') {
            out += in.at(i);
            continue;
        }
        if (i + 2 >= in.size())
            return std::nullopt;
        bool ok = false;
        const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        out += char(byte);
        i += 2;
    }
    return out;
}

std::optional<QString> utf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

PhoneKind kindOf(const QStringList &types)
{
    for (const QString &t : types) {
        const QString type = t.toLower();
        if (type == QLatin1String("cell") || type == QLatin1String("mobile"))
            return PhoneKind::Mobile;
        if (type == QLatin1String("x-satellite") || type == QLatin1String("satellite"))
            return PhoneKind::Satellite;
    }
    for (const QString &t : types) {
        const QString type = t.toLower();
        if (type == QLatin1String("work"))
            return PhoneKind::Office;
        if (type == QLatin1String("home"))
            return PhoneKind::Home;
    }
    return PhoneKind::Other;
}

} // namespace

std::optional<QList<Person>> read(const QByteArray &data, QString *error)
{
    auto refuse = [&](int line, const QString &what) -> std::optional<QList<Person>> {
        if (error)
            *error = Tr::tr("line %1: %2").arg(line).arg(what);
        return std::nullopt;
    };
    if (data.size() > MaxBytes)
        return refuse(1, Tr::tr("the file is larger than %1 MiB").arg(MaxBytes / (1024 * 1024)));
    QList<Person> persons;
    std::optional<Person> card;
    int cardLine = 0;
    QString version;
    QString family;
    QString given;
    for (const Line &line : unfold(data)) {
        const qsizetype colon = line.text.indexOf(':');
        if (colon <= 0)
            return refuse(line.number, Tr::tr("a content line needs NAME:VALUE"));
        // NAME;PARAM=VALUE;PARAM=VALUE, possibly with a group ("item1.TEL").
        const QList<QByteArray> head = line.text.left(colon).split(';');
        QByteArray name = head.first().toUpper();
        if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
            name = name.mid(dot + 1);
        QStringList types;
        bool qp = false;
        for (qsizetype i = 1; i < head.size(); ++i) {
            const QByteArray param = head.at(i);
            const qsizetype eq = param.indexOf('=');
            const QByteArray key = (eq < 0 ? param : param.left(eq)).toUpper();
            const QByteArray value = eq < 0 ? QByteArray() : param.mid(eq + 1);
            if (key == "TYPE") {
                for (const QByteArray &t : value.split(','))
                    types.append(QString::fromLatin1(t).remove(QLatin1Char('"')));
            } else if (eq < 0) {
                // vCard 2.1-style bare types ("TEL;CELL:").
                if (key == "QUOTED-PRINTABLE")
                    qp = true;
                else
                    types.append(QString::fromLatin1(key));
            } else if (key == "ENCODING") {
                if (value.toUpper() == "QUOTED-PRINTABLE")
                    qp = true;
                else if (value.toUpper() != "8BIT")
                    return refuse(
                        line.number,
                        Tr::tr("encoding %1 is not supported").arg(QString::fromLatin1(value)));
            } else if (key == "CHARSET" && value.toUpper() != "UTF-8") {
                return refuse(line.number,
                              Tr::tr("charset %1 is not supported; save the file as UTF-8")
                                  .arg(QString::fromLatin1(value)));
            }
        }
        QByteArray raw = line.text.mid(colon + 1);
        if (qp) {
            const std::optional<QByteArray> decoded = quotedPrintable(raw);
            if (!decoded)
                return refuse(line.number, Tr::tr("broken quoted-printable value"));
            raw = *decoded;
        }
        const std::optional<QString> decoded = utf8(raw);
        if (!decoded)
            return refuse(line.number, Tr::tr("the value is not UTF-8"));
        const QString value = *decoded;

        if (name == "BEGIN") {
            if (value.compare(QLatin1String("VCARD"), Qt::CaseInsensitive) != 0)
                return refuse(line.number, Tr::tr("BEGIN:%1 is not a vCard").arg(shown(value)));
            if (card)
                return refuse(line.number, Tr::tr("a card begins inside another card"));
            if (persons.size() >= MaxCards)
                return refuse(line.number, Tr::tr("more than %1 cards").arg(MaxCards));
            card = Person();
            cardLine = line.number;
            version.clear();
            family.clear();
            given.clear();
            continue;
        }
        if (!card)
            return refuse(line.number, Tr::tr("%1 outside a card (BEGIN:VCARD … END:VCARD)")
                                           .arg(QString::fromLatin1(name)));
        if (name == "END") {
            if (version.isEmpty())
                return refuse(cardLine, Tr::tr("the card has no VERSION"));
            if (card->name.trimmed().isEmpty())
                card->name = QStringList({given, family}).join(QLatin1Char(' ')).trimmed();
            if (card->name.isEmpty())
                return refuse(cardLine, Tr::tr("the card has no name (FN or N)"));
            persons.append(*card);
            card.reset();
        } else if (name == "VERSION") {
            if (value != QLatin1String("3.0") && value != QLatin1String("4.0"))
                return refuse(line.number,
                              Tr::tr("vCard version %1 is not supported (3.0 and 4.0 are)")
                                  .arg(shown(value)));
            version = value;
        } else if (name == "FN") {
            card->name = unescape(value).simplified();
        } else if (name == "N") {
            const QStringList parts = components(value, QLatin1Char(';'));
            family = parts.value(0).simplified();
            given = parts.value(1).simplified();
        } else if (name == "TEL") {
            QString number = unescape(value).trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4);
            if (!number.isEmpty())
                card->phones.append({kindOf(types), number});
        } else if (name == "EMAIL") {
            if (card->email.isEmpty())
                card->email = unescape(value).trimmed();
        } else if (name == "ORG") {
            card->organisation = components(value, QLatin1Char(';')).value(0).simplified();
        } else if (name == "TITLE") {
            card->title = unescape(value).simplified();
        } else if (name == "TZ") {
            // An IANA name is kept; an offset such as -05:00 says too little for a rota.
            const QString zone = unescape(value).trimmed();
            if (isTimeZoneId(zone))
                card->timeZone = zone;
        } else if (name == "NOTE") {
            card->notes = unescape(value);
        }
    }
    if (card)
        return refuse(cardLine, Tr::tr("the card does not end (END:VCARD is missing)"));
    return persons;
}

namespace {

QString escape(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == QLatin1Char('\r'))
            continue;
        out += c;
    }
    return out;
}

// RFC 6350 3.2: lines longer than 75 octets are folded, never inside a UTF-8 sequence.
void appendFolded(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (bytes.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        out += bytes.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74; // the leading space counts
    }
    out += bytes.mid(start);
    out += "\r\n";
}

} // namespace

QByteArray write(const QList<Person> &persons, int version)
{
    const bool four = version >= 4;
    QByteArray out;
    for (const Person &p : persons) {
        appendFolded(out, QStringLiteral("BEGIN:VCARD"));
        appendFolded(out, four ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
        appendFolded(out, QStringLiteral("FN:") + escape(p.name));
        const qsizetype space = p.name.trimmed().lastIndexOf(QLatin1Char(' '));
        const QString family = space < 0 ? p.name.trimmed() : p.name.trimmed().mid(space + 1);
        const QString given = space < 0 ? QString() : p.name.trimmed().left(space);
        appendFolded(out, QStringLiteral("N:%1;%2;;;").arg(escape(family), escape(given)));
        if (!p.title.isEmpty())
            appendFolded(out, QStringLiteral("TITLE:") + escape(p.title));
        if (!p.organisation.isEmpty())
            appendFolded(out, QStringLiteral("ORG:") + escape(p.organisation));
        for (const Phone &phone : p.phones) {
            QString type;
            switch (phone.kind) {
            case PhoneKind::Mobile:
                type = QStringLiteral("cell");
                break;
            case PhoneKind::Office:
                type = QStringLiteral("work");
                break;
            case PhoneKind::Home:
                type = QStringLiteral("home");
                break;
            case PhoneKind::Satellite:
                type = QStringLiteral("x-satellite");
                break;
            case PhoneKind::Other:
                type = QStringLiteral("voice");
                break;
            }
            if (four) {
                QString uri = phone.number;
                uri.remove(QLatin1Char(' '));
                appendFolded(out,
                             QStringLiteral("TEL;VALUE=uri;TYPE=%1:tel:%2").arg(type, escape(uri)));
            } else {
                appendFolded(
                    out,
                    QStringLiteral("TEL;TYPE=%1:%2").arg(type.toUpper(), escape(phone.number)));
            }
        }
        if (!p.email.isEmpty())
            appendFolded(out, QStringLiteral("EMAIL:") + escape(p.email));
        if (!p.timeZone.isEmpty())
            appendFolded(out, QStringLiteral("TZ:") + escape(p.timeZone));
        if (!p.notes.isEmpty())
            appendFolded(out, QStringLiteral("NOTE:") + escape(p.notes));
        appendFolded(out, QStringLiteral("END:VCARD"));
    }
    return out;
}

Merge merge(const Plan &plan, const QList<Person> &cards)
{
    Merge m;
    m.persons = plan.persons;
    QHash<QString, qsizetype> byEmail;
    QHash<QString, qsizetype> byName;
    QHash<QString, bool> taken;
    auto index = [&](qsizetype i) {
        const Person &p = m.persons.at(i);
        if (!p.email.isEmpty())
            byEmail.insert(p.email.toLower(), i);
        byName.insert(p.name.toLower(), i);
        taken.insert(p.id, true);
    };
    for (qsizetype i = 0; i < m.persons.size(); ++i)
        index(i);
    for (const Role &r : plan.roles)
        taken.insert(r.id, true);
    for (const Person &card : cards) {
        qsizetype at = card.email.isEmpty() ? -1 : byEmail.value(card.email.toLower(), -1);
        if (at < 0)
            at = byName.value(card.name.toLower(), -1);
        if (at < 0) {
            Person added = card;
            added.id = idFromName(card.name, [&](const QString &id) { return taken.contains(id); });
            m.persons.append(added);
            index(m.persons.size() - 1);
            ++m.added;
            continue;
        }
        Person &p = m.persons[at];
        const Person before = p;
        p.name = card.name;
        if (!card.title.isEmpty())
            p.title = card.title;
        if (!card.organisation.isEmpty())
            p.organisation = card.organisation;
        if (!card.email.isEmpty())
            p.email = card.email;
        if (!card.phones.isEmpty())
            p.phones = card.phones;
        if (!card.timeZone.isEmpty())
            p.timeZone = card.timeZone;
        if (!card.notes.isEmpty())
            p.notes = card.notes;
        if (p == before)
            ++m.unchanged;
        else
            ++m.updated;
        index(at);
    }
    return m;
}

Plan withoutPersonalData(const Plan &plan)
{
    Plan copy = plan;
    for (Person &p : copy.persons) {
        p.phones.clear();
        p.email.clear();
        p.timeZone.clear();
        p.notes.clear();
        p.verifiedOn.reset();
    }
    return copy;
}

} // namespace Continuity::VCard
