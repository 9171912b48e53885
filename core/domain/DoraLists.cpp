// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoraLists.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace Continuity::DoraLists {

const List &entityTypes()
{
    static const List list = {
        {"credit-institution", "eba_CT:x12",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Credit institution")},
        {"investment-firm", "eba_CT:x599",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Investment firm")},
        {"payment-institution", "eba_CT:x300",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Payment institution")},
        {"account-information-provider", "eba_CT:x301",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Account information service provider")},
        {"e-money-institution", "eba_CT:x302",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Electronic money institution")},
        {"crypto-asset-provider", "eba_CT:x303",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Crypto-asset service provider")},
        {"central-securities-depository", "eba_CT:x304",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Central securities depository")},
        {"trading-venue", "eba_CT:x305",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Trading venue")},
        {"trade-repository", "eba_CT:x306",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Trade repository")},
        {"aif-manager", "eba_CT:x307",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Manager of alternative investment funds")},
        {"data-reporting-provider", "eba_CT:x308",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Data reporting service provider")},
        {"insurance-undertaking", "eba_CT:x309",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Insurance or reinsurance undertaking")},
        {"art-issuer", "eba_CT:x310",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Issuer of asset-referenced tokens")},
        {"occupational-retirement", "eba_CT:x311",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Occupational retirement institution")},
        {"credit-rating-agency", "eba_CT:x312",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Credit rating agency")},
        {"benchmark-administrator", "eba_CT:x313",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Administrator of critical benchmarks")},
        {"crowdfunding-provider", "eba_CT:x314",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Crowdfunding service provider")},
        {"securitisation-repository", "eba_CT:x315",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Securitisation repository")},
        {"other-financial-entity", "eba_CT:x316",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Other financial entity")},
        {"insurance-intermediary", "eba_CT:x320",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Insurance intermediary")},
        {"management-company", "eba_CT:x639",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Management company")},
        {"central-counterparty", "eba_CT:x643",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Central counterparty")},
    };
    return list;
}

const List &arrangements()
{
    static const List list = {
        {"standalone", "eba_CO:x1", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Standalone")},
        {"overarching", "eba_CO:x2", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Overarching")},
        {"subsequent", "eba_CO:x3",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Subsequent or associated")},
    };
    return list;
}

const List &codeTypes()
{
    static const List list = {
        {"LEI", "eba_qCO:qx2000", QT_TRANSLATE_NOOP("Continuity::DoraLists", "LEI")},
        {"EUID", "eba_qCO:qx2002", QT_TRANSLATE_NOOP("Continuity::DoraLists", "EUID")},
        {"CRN", "eba_qCO:qx2003",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Company registration number")},
        {"VAT", "eba_qCO:qx2004", QT_TRANSLATE_NOOP("Continuity::DoraLists", "VAT number")},
        {"PNR", "eba_qCO:qx2005", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Passport number")},
        {"NIN", "eba_qCO:qx2006",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "National identity number")},
    };
    return list;
}

const List &ictServices()
{
    static const List list = {
        {"S01", "eba_TA:S01", QT_TRANSLATE_NOOP("Continuity::DoraLists", "ICT project management")},
        {"S02", "eba_TA:S02", QT_TRANSLATE_NOOP("Continuity::DoraLists", "ICT development")},
        {"S03", "eba_TA:S03",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Help desk and first-level support")},
        {"S04", "eba_TA:S04",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "ICT security management")},
        {"S05", "eba_TA:S05", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Provision of data")},
        {"S06", "eba_TA:S06", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Data analysis")},
        {"S07", "eba_TA:S07",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Facilities and hosting (not cloud)")},
        {"S08", "eba_TA:S08", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Computation")},
        {"S09", "eba_TA:S09",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Data storage (not cloud)")},
        {"S10", "eba_TA:S10", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Telecom carrier")},
        {"S11", "eba_TA:S11", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Network infrastructure")},
        {"S12", "eba_TA:S12",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Hardware and physical devices")},
        {"S13", "eba_TA:S13",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Software licensing (not SaaS)")},
        {"S14", "eba_TA:S14",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "ICT operations and maintenance")},
        {"S15", "eba_TA:S15", QT_TRANSLATE_NOOP("Continuity::DoraLists", "ICT consulting")},
        {"S16", "eba_TA:S16", QT_TRANSLATE_NOOP("Continuity::DoraLists", "ICT risk management")},
        {"S17", "eba_TA:S17", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Cloud: IaaS")},
        {"S18", "eba_TA:S18", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Cloud: PaaS")},
        {"S19", "eba_TA:S19", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Cloud: SaaS")},
    };
    return list;
}

const List &terminationReasons()
{
    static const List list = {
        {"expired", "eba_CO:x4",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Expired, not renewed")},
        {"provider-breach", "eba_CO:x5",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Provider in breach")},
        {"impediments", "eba_CO:x6",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Impediments of the provider")},
        {"data-weakness", "eba_CO:x7",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Weak data management or security")},
        {"authority", "eba_CO:x8",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Requested by the authority")},
        {"other", "eba_CO:x9", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Other reason")},
    };
    return list;
}

const List &sensitivities()
{
    static const List list = {
        {"low", "eba_ZZ:x791", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Low")},
        {"medium", "eba_ZZ:x792", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Medium")},
        {"high", "eba_ZZ:x793", QT_TRANSLATE_NOOP("Continuity::DoraLists", "High")},
    };
    return list;
}

const List &reliances()
{
    static const List list = {
        {"not-significant", "eba_ZZ:x794",
         QT_TRANSLATE_NOOP("Continuity::DoraLists", "Not significant")},
        {"low", "eba_ZZ:x795", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Low")},
        {"material", "eba_ZZ:x796", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Material")},
        {"full", "eba_ZZ:x797", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Full")},
    };
    return list;
}

const List &substitutabilities()
{
    static const List list = {
        {"not", "eba_ZZ:x959", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Not substitutable")},
        {"complex", "eba_ZZ:x960", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Highly complex")},
        {"medium", "eba_ZZ:x961", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Medium complexity")},
        {"easy", "eba_ZZ:x962", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Easily substitutable")},
    };
    return list;
}

const List &reintegrations()
{
    static const List list = {
        {"easy", "eba_ZZ:x798", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Easy")},
        {"difficult", "eba_ZZ:x966", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Difficult")},
        {"complex", "eba_ZZ:x967", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Highly complex")},
    };
    return list;
}

const List &impacts()
{
    static const List list = {
        {"low", "eba_ZZ:x791", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Low")},
        {"medium", "eba_ZZ:x792", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Medium")},
        {"high", "eba_ZZ:x793", QT_TRANSLATE_NOOP("Continuity::DoraLists", "High")},
    };
    return list;
}

const List &licensedActivities()
{
    static const List list = [] {
        List out = {
            {"x28", "eba_TA:x28", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Payment services")},
            {"x180", "eba_TA:x180",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Issuing electronic money")},
            {"x220", "eba_TA:x220",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Cash placed on a payment account")},
            {"x221", "eba_TA:x221",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Cash withdrawals from a payment account")},
            {"x222", "eba_TA:x222",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Execution of payment transactions")},
            {"x223", "eba_TA:x223",
             QT_TRANSLATE_NOOP("Continuity::DoraLists",
                               "Payment transactions covered by a credit line")},
            {"x224", "eba_TA:x224",
             QT_TRANSLATE_NOOP("Continuity::DoraLists",
                               "Issuing instruments or acquiring transactions")},
            {"x225", "eba_TA:x225", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Money remittance")},
            {"x226", "eba_TA:x226",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Payment initiation services")},
            {"x227", "eba_TA:x227",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Account information services")},
            {"x162", "eba_TA:x162", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Taking deposits")},
            {"x163", "eba_TA:x163", QT_TRANSLATE_NOOP("Continuity::DoraLists", "Lending")},
            {"x164", "eba_TA:x164",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Financial leasing")},
            {"x165", "eba_TA:x165",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Other means of payment")},
            {"x166", "eba_TA:x166",
             QT_TRANSLATE_NOOP("Continuity::DoraLists", "Guarantees and commitments")},
            {"x168", "eba_TA:x168",
             QT_TRANSLATE_NOOP("Continuity::DoraLists",
                               "Trading for own account or for customers")},
        };
        // The rest of LIST0601020 by code (taxonomy 4.0): kept so that any function of any
        // financial entity can be reported, shown by its code.
        static const char *const others[] = {
            "x104", "x133", "x134", "x136", "x137", "x138", "x139", "x140", "x141", "x143", "x144",
            "x146", "x147", "x167", "x169", "x170", "x171", "x172", "x173", "x174", "x175", "x176",
            "x177", "x178", "x179", "x181", "x182", "x183", "x184", "x185", "x186", "x187", "x188",
            "x189", "x190", "x191", "x192", "x193", "x194", "x195", "x196", "x197", "x198", "x199",
            "x200", "x201", "x202", "x203", "x204", "x205", "x206", "x207", "x208", "x209", "x210",
            "x211", "x212", "x213", "x214", "x215", "x216", "x217", "x218", "x219", "x228", "x229",
            "x230", "x231", "x232", "x233", "x234", "x235", "x236", "x237", "x238", "x239", "x240",
            "x241", "x242", "x243", "x244", "x245", "x246", "x247", "x248", "x249", "x250", "x251",
            "x252", "x253", "x254", "x255", "x256", "x257", "x258", "x259", "x260", "x261", "x262",
            "x263", "x264", "x265", "x266", "x267", "x268", "x269", "x270", "x271", "x272", "x273",
            "x274", "x275"};
        static QList<QByteArray> codes;
        codes.reserve(std::size(others));
        for (const char *key : others) {
            codes.append(QByteArray("eba_TA:") + key);
            out.append({key, codes.constLast().constData(), nullptr});
        }
        return out;
    }();
    return list;
}

const Entry *find(const List &list, const QString &key)
{
    for (const Entry &e : list) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

QStringList keys(const List &list)
{
    QStringList out;
    for (const Entry &e : list)
        out.append(QLatin1String(e.key));
    return out;
}

QString codeOf(const List &list, const QString &key)
{
    const Entry *e = find(list, key);
    return e ? QString::fromLatin1(e->code) : QString();
}

QString labelOf(const List &list, const QString &key)
{
    const Entry *e = find(list, key);
    if (!e || !e->label)
        return key;
    return QCoreApplication::translate("Continuity::DoraLists", e->label);
}

namespace {

// The remainder modulo 97 of the digits the characters stand for (letters 10..35); -1 for a
// character that is neither.
int mod97(const QString &text)
{
    int remainder = 0;
    for (const QChar c : text) {
        int value;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A' + 10;
        else
            return -1;
        remainder = (value >= 10 ? remainder * 100 : remainder * 10) + value;
        remainder %= 97;
    }
    return remainder;
}

} // namespace

bool isValidLei(const QString &lei)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{18}[0-9]{2}$"));
    return shape.match(lei).hasMatch() && mod97(lei) == 1;
}

QString leiCheckDigits(const QString &prefix18)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9]{18}$"));
    if (!shape.match(prefix18).hasMatch())
        return {};
    const int check = 98 - mod97(prefix18 + QStringLiteral("00"));
    return QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0'));
}

bool isCountryCode(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString c = QLocale::territoryToCode(QLocale::Territory(t));
            if (c.size() == 2)
                out.insert(c);
        }
        return out;
    }();
    return codes.contains(code);
}

bool isCurrencyCode(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        const QList<QLocale> all = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString c = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (c.size() == 3)
                out.insert(c);
        }
        return out;
    }();
    return codes.contains(code);
}

bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace Continuity::DoraLists
