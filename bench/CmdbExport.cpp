// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbExport.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>

namespace Continuity::Bench {

void writeCmdbExport(const QString &dir, int cis, int relationships, quint64 seed)
{
    QRandomGenerator random(seed);
    struct Class
    {
        const char *name;
        int share; // per thousand
    };
    const Class classes[] = {{"cmdb_ci_appl", 500},         {"cmdb_ci_db_ora_instance", 100},
                             {"cmdb_ci_linux_server", 250}, {"cmdb_ci_vmware_instance", 100},
                             {"cmdb_ci_cluster", 30},       {"cmdb_ci_ip_switch", 15},
                             {"cmdb_ci_datacenter", 1},     {"cmdb_ci_printer", 4}};
    QFile ciFile(dir + QStringLiteral("/cis.csv"));
    ciFile.open(QIODevice::WriteOnly);
    QByteArray out = "\xef\xbb\xbfsys_id,name,sys_class_name,busines_criticality,location,owned_by,"
                     "support_group,operational_status\r\n";
    const char *levels[] = {"1 - most critical", "2 - somewhat critical", "3 - less critical",
                            "4 - not critical", ""};
    for (int i = 0; i < cis; ++i) {
        int pick = int(random.bounded(1000));
        const char *cls = classes[0].name;
        for (const Class &c : classes) {
            if (pick < c.share) {
                cls = c.name;
                break;
            }
            pick -= c.share;
        }
        out += QByteArray("a1b2c3d4e5f6") + QByteArray::number(i, 16).rightJustified(20, '0') +
               ",\"CI " + QByteArray::number(i) + ", " + cls + "\"," + cls + "," +
               levels[random.bounded(5)] + ",DC-" + QByteArray::number(random.bounded(20)) +
               ",owner" + QByteArray::number(random.bounded(500)) + ",group" +
               QByteArray::number(random.bounded(200)) + ",Operational\r\n";
        if (out.size() > (1 << 20)) {
            ciFile.write(out);
            out.clear();
        }
    }
    ciFile.write(out);
    ciFile.close();

    const char *types[] = {
        "Depends on::Used by",       "Depends on::Used by",   "Runs on::Runs",
        "Hosted on::Hosts",          "Members::Member of",    "Sends data to::Receives data from",
        "Connects to::Connected by", "Contains::Contained by"};
    QFile relFile(dir + QStringLiteral("/rels.csv"));
    relFile.open(QIODevice::WriteOnly);
    out = "parent.sys_id,type,child.sys_id\r\n";
    for (int i = 0; i < relationships; ++i) {
        const int parent = int(random.bounded(cis));
        int child = int(random.bounded(cis - 1));
        if (child >= parent)
            ++child;
        out += QByteArray("a1b2c3d4e5f6") + QByteArray::number(parent, 16).rightJustified(20, '0') +
               "," + types[random.bounded(8)] + ",a1b2c3d4e5f6" +
               QByteArray::number(child, 16).rightJustified(20, '0') + "\r\n";
        if (out.size() > (1 << 20)) {
            relFile.write(out);
            out.clear();
        }
    }
    relFile.write(out);
}

} // namespace Continuity::Bench
