// SPDX-License-Identifier: GPL-3.0-or-later
// The schema of plan files, as an ordered list of migrations (docs/file-format.md).
// Never edit a migration that has shipped: add a new one.
#include "PlanFile.h"

namespace Continuity {

QList<Migration> builtInMigrations()
{
    Migration v1;
    v1.toVersion = 1;
    v1.description = QStringLiteral("Plan content: processes and BIA, services, dependencies, "
                                    "redundancy groups, tier policy, runbooks, exercises");
    v1.statements = {
        QStringLiteral("CREATE TABLE plan_info(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE bia_horizons(position INTEGER PRIMARY KEY,"
                       " hours REAL NOT NULL CHECK(hours > 0))"),
        QStringLiteral(
            "CREATE TABLE tier_rules(tier INTEGER PRIMARY KEY CHECK(tier BETWEEN 0 AND 3),"
            " max_mtd_hours REAL CHECK(max_mtd_hours >= 0),"
            " min_loss_per_hour REAL CHECK(min_loss_per_hour >= 0))"),
        QStringLiteral("CREATE TABLE regulatory_rules(tag TEXT PRIMARY KEY CHECK(length(tag) > 0),"
                       " min_tier INTEGER CHECK(min_tier BETWEEN 0 AND 3),"
                       " max_rpo_hours REAL CHECK(max_rpo_hours >= 0))"),
        QStringLiteral("CREATE TABLE nodes(key INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE CHECK(length(id) > 0),"
                       " category TEXT NOT NULL CHECK(category IN ('process', 'service')))"),
        QStringLiteral(
            "CREATE TABLE processes(node INTEGER PRIMARY KEY REFERENCES nodes(key) ON DELETE "
            "CASCADE,"
            " name TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', description TEXT NOT NULL "
            "DEFAULT '',"
            " tier INTEGER CHECK(tier BETWEEN 0 AND 3), tier_reason TEXT NOT NULL DEFAULT '',"
            " mtd_hours REAL CHECK(mtd_hours >= 0), rto_hours REAL CHECK(rto_hours >= 0),"
            " rpo_hours REAL CHECK(rpo_hours >= 0), loss_per_hour REAL CHECK(loss_per_hour >= 0),"
            " recovery_hours REAL CHECK(recovery_hours >= 0))"),
        QStringLiteral("CREATE TABLE bia_ratings(process INTEGER NOT NULL REFERENCES "
                       "processes(node) ON DELETE CASCADE,"
                       " category TEXT NOT NULL CHECK(category IN"
                       " ('financial', 'operational', 'legal', 'reputational', 'healthSafety')),"
                       " horizon INTEGER NOT NULL CHECK(horizon >= 0),"
                       " rating INTEGER NOT NULL CHECK(rating BETWEEN 0 AND 4),"
                       " PRIMARY KEY(process, category, horizon)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE services(node INTEGER PRIMARY KEY REFERENCES nodes(key) ON DELETE "
            "CASCADE,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL CHECK(kind IN ('application', 'data-store', 'infrastructure',"
            " 'network', 'site', 'supplier', 'team')),"
            " owner TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '',"
            " environment TEXT NOT NULL DEFAULT 'unspecified' CHECK(environment IN"
            " ('unspecified', 'on-premises', 'cloud', 'saas')),"
            " provider TEXT NOT NULL DEFAULT '',"
            " deployment TEXT NOT NULL DEFAULT 'single' CHECK(deployment IN"
            " ('single', 'active-passive', 'active-active', 'multi-region')),"
            " replication_mode TEXT NOT NULL DEFAULT 'none' CHECK(replication_mode IN"
            " ('none', 'sync', 'async', 'backup')),"
            " replication_lag_hours REAL CHECK(replication_lag_hours >= 0),"
            " backup_interval_hours REAL CHECK(backup_interval_hours > 0),"
            " recovery_hours REAL CHECK(recovery_hours >= 0), rto_hours REAL CHECK(rto_hours >= 0),"
            " rpo_hours REAL CHECK(rpo_hours >= 0), tier INTEGER CHECK(tier BETWEEN 0 AND 3),"
            " tier_reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE TABLE service_tags(service INTEGER NOT NULL REFERENCES services(node) ON "
            "DELETE CASCADE,"
            " tag TEXT NOT NULL CHECK(length(tag) > 0), PRIMARY KEY(service, tag)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE redundancy_groups(consumer INTEGER NOT NULL REFERENCES "
                       "nodes(key) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK(length(name) > 0), quorum INTEGER NOT NULL "
                       "CHECK(quorum >= 1),"
                       " PRIMARY KEY(consumer, name)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE dependencies(consumer INTEGER NOT NULL REFERENCES nodes(key) ON DELETE "
            "CASCADE,"
            " provider INTEGER NOT NULL REFERENCES nodes(key) ON DELETE CASCADE,"
            " strength TEXT NOT NULL CHECK(strength IN ('hard', 'soft')), group_name TEXT,"
            " PRIMARY KEY(consumer, provider), CHECK(consumer <> provider),"
            " CHECK(group_name IS NULL OR strength = 'hard'),"
            " FOREIGN KEY(consumer, group_name) REFERENCES redundancy_groups(consumer, name)"
            " ON DELETE CASCADE ON UPDATE CASCADE) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX dependencies_by_provider ON dependencies(provider)"),
        QStringLiteral(
            "CREATE TABLE runbooks(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE "
            "CHECK(length(id) > 0),"
            " title TEXT NOT NULL, service INTEGER REFERENCES nodes(key) ON DELETE SET NULL,"
            " version TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL CHECK(status IN ('draft', 'approved', 'retired')),"
            " author TEXT NOT NULL DEFAULT '', approved_by TEXT, approved_at TEXT)"),
        QStringLiteral("CREATE INDEX runbooks_by_service ON runbooks(service)"),
        QStringLiteral(
            "CREATE TABLE runbook_steps(runbook INTEGER NOT NULL REFERENCES runbooks(key) ON "
            "DELETE CASCADE,"
            " id TEXT NOT NULL CHECK(length(id) > 0), position INTEGER NOT NULL, title TEXT NOT "
            "NULL,"
            " instructions TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '',"
            " duration_hours REAL CHECK(duration_hours >= 0), verification TEXT NOT NULL DEFAULT "
            "'',"
            " rollback TEXT NOT NULL DEFAULT '', PRIMARY KEY(runbook, id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE runbook_step_waits(runbook INTEGER NOT NULL, step TEXT NOT NULL,"
            " waits_for TEXT NOT NULL, position INTEGER NOT NULL, CHECK(step <> waits_for),"
            " PRIMARY KEY(runbook, step, waits_for),"
            " FOREIGN KEY(runbook, step) REFERENCES runbook_steps(runbook, id)"
            " ON DELETE CASCADE ON UPDATE CASCADE,"
            " FOREIGN KEY(runbook, waits_for) REFERENCES runbook_steps(runbook, id)"
            " ON DELETE CASCADE ON UPDATE CASCADE) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX runbook_step_waits_by_target ON runbook_step_waits(runbook, waits_for)"),
        QStringLiteral("CREATE TABLE exercises(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE "
                       "CHECK(length(id) > 0),"
                       " title TEXT NOT NULL, date TEXT NOT NULL,"
                       " type TEXT NOT NULL CHECK(type IN ('tabletop', 'walkthrough', "
                       "'simulation', 'parallel',"
                       " 'full-interruption')), declared_at TEXT)"),
        QStringLiteral("CREATE TABLE exercise_runbooks(exercise INTEGER NOT NULL REFERENCES "
                       "exercises(key) ON DELETE CASCADE,"
                       " runbook TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(exercise, "
                       "runbook)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE exercise_log(key INTEGER PRIMARY KEY,"
            " exercise INTEGER NOT NULL REFERENCES exercises(key) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, runbook TEXT NOT NULL, step TEXT NOT NULL,"
            " started_at TEXT NOT NULL, finished_at TEXT, note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX exercise_log_by_exercise ON exercise_log(exercise, position)"),
        QStringLiteral(
            "CREATE TABLE exercise_results(exercise INTEGER NOT NULL REFERENCES exercises(key) ON "
            "DELETE CASCADE,"
            " service TEXT NOT NULL, measured_rto_hours REAL CHECK(measured_rto_hours >= 0),"
            " measured_rpo_hours REAL CHECK(measured_rpo_hours >= 0),"
            " PRIMARY KEY(exercise, service)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE exercise_actions(exercise INTEGER NOT NULL REFERENCES "
                       "exercises(key) ON DELETE CASCADE,"
                       " id TEXT NOT NULL CHECK(length(id) > 0), position INTEGER NOT NULL, title "
                       "TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '', due TEXT,"
                       " status TEXT NOT NULL CHECK(status IN ('open', 'done')),"
                       " PRIMARY KEY(exercise, id)) WITHOUT ROWID"),
    };

    Migration v2;
    v2.toVersion = 2;
    v2.description = QStringLiteral("Dependency map: where each process and service is placed");
    v2.statements = {
        QStringLiteral("CREATE TABLE node_positions(node INTEGER PRIMARY KEY REFERENCES nodes(key)"
                       " ON DELETE CASCADE, x REAL NOT NULL CHECK(abs(x) <= 1e7),"
                       " y REAL NOT NULL CHECK(abs(y) <= 1e7))"),
    };

    Migration v3;
    v3.toVersion = 3;
    v3.description = QStringLiteral("Service attributes kept from a CMDB (sys_id, location, ...)");
    v3.statements = {
        QStringLiteral("CREATE TABLE service_attributes(service INTEGER NOT NULL REFERENCES"
                       " services(node) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK(length(name) > 0), value TEXT NOT NULL,"
                       " PRIMARY KEY(service, name)) WITHOUT ROWID"),
        // A re-import finds services by their CMDB sys_id.
        QStringLiteral("CREATE UNIQUE INDEX service_attributes_sys_id ON"
                       " service_attributes(value) WHERE name = 'sys_id'"),
    };

    Migration v4;
    v4.toVersion = 4;
    v4.description = QStringLiteral("Runbooks keep their approved versions when changed");
    v4.statements = {
        // An approved version is a record and never edited: kept whole as its plan JSON.
        QStringLiteral("CREATE TABLE runbook_versions(runbook INTEGER NOT NULL REFERENCES"
                       " runbooks(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " content TEXT NOT NULL, PRIMARY KEY(runbook, position)) WITHOUT ROWID"),
    };

    Migration v5;
    v5.toVersion = 5;
    v5.description = QStringLiteral("Exercises run live: scope, participants, objectives, pauses,"
                                    " who reported each step, corrected timestamps, findings,"
                                    " data-loss points; a test interval per tier");
    v5.statements = {
        QStringLiteral("ALTER TABLE tier_rules ADD COLUMN test_every_months INTEGER"
                       " CHECK(test_every_months BETWEEN 1 AND 120)"),
        // The shipped policy (docs/exercises.md): tiers 0 and 1 are tested every year.
        QStringLiteral("UPDATE tier_rules SET test_every_months = 12 WHERE tier <= 1"),
        QStringLiteral("ALTER TABLE exercises ADD COLUMN objectives TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE exercises ADD COLUMN ended_at TEXT"),
        QStringLiteral("CREATE TABLE exercise_services(exercise INTEGER NOT NULL REFERENCES"
                       " exercises(key) ON DELETE CASCADE, service TEXT NOT NULL,"
                       " position INTEGER NOT NULL, PRIMARY KEY(exercise, service)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE exercise_participants(exercise INTEGER NOT NULL REFERENCES"
                       " exercises(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY(exercise, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE exercise_pauses(exercise INTEGER NOT NULL REFERENCES"
                       " exercises(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " paused_at TEXT NOT NULL, resumed_at TEXT,"
                       " PRIMARY KEY(exercise, position)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE exercise_log ADD COLUMN reported_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE exercise_corrections(exercise INTEGER NOT NULL REFERENCES"
            " exercises(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
            " runbook TEXT NOT NULL, step TEXT NOT NULL,"
            " field TEXT NOT NULL CHECK(field IN ('startedAt', 'finishedAt')),"
            " original TEXT NOT NULL, corrected TEXT NOT NULL, corrected_by TEXT NOT NULL,"
            " corrected_at TEXT NOT NULL, reason TEXT NOT NULL,"
            " PRIMARY KEY(exercise, position)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE exercise_results ADD COLUMN data_loss_at TEXT"),
        QStringLiteral("ALTER TABLE exercise_results ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE exercise_findings(exercise INTEGER NOT NULL REFERENCES"
                       " exercises(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " text TEXT NOT NULL, PRIMARY KEY(exercise, position)) WITHOUT ROWID"),
        QStringLiteral("ALTER TABLE exercise_actions ADD COLUMN raised TEXT"),
        QStringLiteral("ALTER TABLE exercise_actions ADD COLUMN closed TEXT"),
    };
    Migration v6;
    v6.toVersion = 6;
    v6.description = QStringLiteral("Approvals that mean something: why a runbook was approved "
                                    "although its own checks failed");
    v6.statements = {
        QStringLiteral("ALTER TABLE runbooks ADD COLUMN approval_note TEXT"),
    };
    Migration v7;
    v7.toVersion = 7;
    v7.description = QStringLiteral("People: persons and their phones, roles with members, on-call "
                                    "rotas and escalation policies, call trees");
    // Contacts (persons and roles) are named by id text, as owners are: an owner is a contact
    // id or free text (docs/people.md). A role's team is a node id kept as text too.
    v7.statements = {
        QStringLiteral("CREATE TABLE persons(key INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE CHECK(length(id) > 0), name TEXT NOT NULL,"
                       " title TEXT NOT NULL DEFAULT '', organisation TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '', time_zone TEXT NOT NULL DEFAULT '',"
                       " deputy TEXT NOT NULL DEFAULT '', verified_on TEXT,"
                       " notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE person_phones(person INTEGER NOT NULL REFERENCES"
                       " persons(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK(kind IN ('mobile', 'office', 'home',"
                       " 'satellite', 'other')), number TEXT NOT NULL,"
                       " PRIMARY KEY(person, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE roles(key INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE CHECK(length(id) > 0), name TEXT NOT NULL,"
                       " team TEXT NOT NULL DEFAULT '',"
                       " mobilisation_hours REAL CHECK(mobilisation_hours >= 0),"
                       " rota_start TEXT, rota_time_zone TEXT,"
                       " rota_shift_days INTEGER CHECK(rota_shift_days >= 1),"
                       " escalation_repeat INTEGER CHECK(escalation_repeat >= 0),"
                       " CHECK((rota_start IS NULL) = (rota_time_zone IS NULL)"
                       " AND (rota_start IS NULL) = (rota_shift_days IS NULL)))"),
        // A role's members and its rota's order, each a list of person ids.
        QStringLiteral("CREATE TABLE role_people(role INTEGER NOT NULL REFERENCES roles(key)"
                       " ON DELETE CASCADE, list TEXT NOT NULL CHECK(list IN ('members', 'rota')),"
                       " position INTEGER NOT NULL, person TEXT NOT NULL,"
                       " PRIMARY KEY(role, list, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE rota_overrides(role INTEGER NOT NULL REFERENCES roles(key)"
                       " ON DELETE CASCADE, position INTEGER NOT NULL, starts TEXT NOT NULL,"
                       " ends TEXT NOT NULL, person TEXT NOT NULL,"
                       " PRIMARY KEY(role, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE escalation_levels(role INTEGER NOT NULL REFERENCES"
                       " roles(key) ON DELETE CASCADE, level INTEGER NOT NULL,"
                       " after_minutes REAL NOT NULL CHECK(after_minutes >= 0),"
                       " PRIMARY KEY(role, level)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE escalation_notify(role INTEGER NOT NULL, level INTEGER NOT"
                       " NULL, position INTEGER NOT NULL, contact TEXT NOT NULL,"
                       " PRIMARY KEY(role, level, position), FOREIGN KEY(role, level) REFERENCES"
                       " escalation_levels(role, level) ON DELETE CASCADE) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE call_trees(key INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE CHECK(length(id) > 0), name TEXT NOT NULL,"
                       " minutes_per_call REAL CHECK(minutes_per_call > 0),"
                       " target_minutes REAL CHECK(target_minutes > 0))"),
        // The tree in depth-first order: each node after its parent.
        QStringLiteral("CREATE TABLE call_tree_nodes(tree INTEGER NOT NULL REFERENCES"
                       " call_trees(key) ON DELETE CASCADE, position INTEGER NOT NULL"
                       " CHECK(position >= 0), parent INTEGER CHECK(parent >= 0 AND parent <"
                       " position), contact TEXT NOT NULL, fallback TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY(tree, position)) WITHOUT ROWID"),
    };
    Migration v8;
    v8.toVersion = 8;
    v8.description = QStringLiteral("Call-tree drills: an exercise type that calls a call tree and "
                                    "keeps who confirmed when");
    // The type's CHECK cannot be widened in place: the table is made anew as SQLite's ALTER
    // TABLE documentation describes (foreign keys off around the transaction, every key kept, a
    // foreign-key check before the commit), so the rows of its child tables stay theirs.
    v8.rebuildsTables = true;
    v8.statements = {
        QStringLiteral("CREATE TABLE exercises_v8(key INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE CHECK(length(id) > 0),"
                       " title TEXT NOT NULL, date TEXT NOT NULL,"
                       " type TEXT NOT NULL CHECK(type IN ('tabletop', 'walkthrough',"
                       " 'simulation', 'parallel', 'full-interruption', 'call-tree')),"
                       " declared_at TEXT, objectives TEXT NOT NULL DEFAULT '', ended_at TEXT,"
                       " call_tree TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO exercises_v8(key, id, title, date, type, declared_at,"
                       " objectives, ended_at) SELECT key, id, title, date, type, declared_at,"
                       " objectives, ended_at FROM exercises"),
        QStringLiteral("DROP TABLE exercises"),
        QStringLiteral("ALTER TABLE exercises_v8 RENAME TO exercises"),
        // Everyone a drill called, in the call tree's order when it was declared.
        QStringLiteral("CREATE TABLE exercise_drill_calls(exercise INTEGER NOT NULL REFERENCES"
                       " exercises(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " contact TEXT NOT NULL, person TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL CHECK(status IN ('not-confirmed', 'confirmed',"
                       " 'unreachable')), at TEXT, note TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY(exercise, position)) WITHOUT ROWID"),
    };
    Migration v9;
    v9.toVersion = 9;
    v9.description = QStringLiteral("People policy: how often contacts confirm their details "
                                    "(plan_info contact_verify_days), whom to notify as services "
                                    "pass fractions of their RTO, a default escalation per tier");
    v9.statements = {
        QStringLiteral("CREATE TABLE rto_escalation(position INTEGER PRIMARY KEY"
                       " CHECK(position >= 0), fraction REAL NOT NULL"
                       " CHECK(fraction > 0 AND fraction <= 10))"),
        QStringLiteral("CREATE TABLE rto_escalation_notify(step INTEGER NOT NULL REFERENCES"
                       " rto_escalation(position) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " contact TEXT NOT NULL, PRIMARY KEY(step, position)) WITHOUT ROWID"),
        // The shipped steps (product/10-people.md): at half the RTO and at the RTO.
        QStringLiteral("INSERT INTO rto_escalation(position, fraction) VALUES(0, 0.5), (1, 1.0)"),
        QStringLiteral("CREATE TABLE tier_escalation(tier INTEGER PRIMARY KEY"
                       " CHECK(tier BETWEEN 0 AND 3), repeat INTEGER NOT NULL DEFAULT 0"
                       " CHECK(repeat >= 0))"),
        QStringLiteral("CREATE TABLE tier_escalation_levels(tier INTEGER NOT NULL REFERENCES"
                       " tier_escalation(tier) ON DELETE CASCADE, level INTEGER NOT NULL"
                       " CHECK(level >= 0), after_minutes REAL NOT NULL CHECK(after_minutes >= 0),"
                       " PRIMARY KEY(tier, level)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE tier_escalation_notify(tier INTEGER NOT NULL, level INTEGER"
                       " NOT NULL, position INTEGER NOT NULL, contact TEXT NOT NULL,"
                       " PRIMARY KEY(tier, level, position), FOREIGN KEY(tier, level) REFERENCES"
                       " tier_escalation_levels(tier, level) ON DELETE CASCADE) WITHOUT ROWID"),
    };
    Migration v10;
    v10.toVersion = 10;
    v10.description = QStringLiteral("BIA review: who reviewed a process's BIA and when, whether a "
                                     "rating changed since, and the plan's review period "
                                     "(plan_info bia_review_months)");
    v10.statements = {
        QStringLiteral("ALTER TABLE processes ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE processes ADD COLUMN reviewed_on TEXT"),
        QStringLiteral("ALTER TABLE processes ADD COLUMN bia_changed INTEGER NOT NULL DEFAULT 0"
                       " CHECK(bia_changed IN (0, 1))"),
    };
    Migration v11;
    v11.toVersion = 11;
    v11.description = QStringLiteral("Incidents and post-mortems, SLOs on nodes, a default SLO "
                                     "objective per tier, services' MTBF and MTTR, the incident "
                                     "policy (plan_info postmortem_* , time_zone, "
                                     "financial_entity)");
    v11.statements = {
        QStringLiteral("ALTER TABLE tier_rules ADD COLUMN slo_objective REAL"
                       " CHECK(slo_objective > 0 AND slo_objective < 100)"),
        // The shipped objectives (product/13-incidents-slos.md).
        QStringLiteral("UPDATE tier_rules SET slo_objective = CASE tier WHEN 0 THEN 99.95"
                       " WHEN 1 THEN 99.9 WHEN 2 THEN 99.5 ELSE 99.0 END"),
        QStringLiteral("ALTER TABLE services ADD COLUMN mtbf_hours REAL CHECK(mtbf_hours >= 0)"),
        QStringLiteral("ALTER TABLE services ADD COLUMN mttr_hours REAL CHECK(mttr_hours >= 0)"),
        QStringLiteral("CREATE TABLE slos(node INTEGER PRIMARY KEY REFERENCES nodes(key)"
                       " ON DELETE CASCADE, objective REAL CHECK(objective > 0 AND"
                       " objective < 100), slo_window TEXT NOT NULL,"
                       " degraded_counts INTEGER NOT NULL DEFAULT 0"
                       " CHECK(degraded_counts IN (0, 1)))"),
        QStringLiteral("CREATE TABLE incidents(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE"
                       " CHECK(length(id) > 0), title TEXT NOT NULL, severity INTEGER NOT NULL"
                       " CHECK(severity BETWEEN 1 AND 5), status TEXT NOT NULL CHECK(status IN"
                       " ('active', 'stable', 'closed')), started_at TEXT NOT NULL,"
                       " detected_at TEXT, acknowledged_at TEXT, mitigated_at TEXT,"
                       " restored_at TEXT, closed_at TEXT,"
                       " clients_affected REAL CHECK(clients_affected >= 0),"
                       " transactions_affected REAL CHECK(transactions_affected >= 0),"
                       " cost REAL CHECK(cost >= 0), caused_by_change TEXT NOT NULL DEFAULT '',"
                       " external_ref TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '')"),
        // What an incident names is a record: node and runbook ids as they were, not keys.
        QStringLiteral("CREATE TABLE incident_affected(incident INTEGER NOT NULL REFERENCES"
                       " incidents(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " node TEXT NOT NULL, state TEXT NOT NULL CHECK(state IN ('down',"
                       " 'degraded')), starts TEXT, ends TEXT, PRIMARY KEY(incident, position))"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE incident_data_loss(incident INTEGER NOT NULL REFERENCES"
                       " incidents(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " node TEXT NOT NULL, hours REAL CHECK(hours >= 0),"
                       " PRIMARY KEY(incident, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE incident_factors(incident INTEGER NOT NULL REFERENCES"
                       " incidents(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " category TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY(incident, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE incident_plans(incident INTEGER NOT NULL REFERENCES"
                       " incidents(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " runbook TEXT NOT NULL, PRIMARY KEY(incident, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE postmortems(incident INTEGER PRIMARY KEY REFERENCES"
                       " incidents(key) ON DELETE CASCADE, summary TEXT NOT NULL DEFAULT '',"
                       " impact TEXT NOT NULL DEFAULT '', went_well TEXT NOT NULL DEFAULT '',"
                       " went_wrong TEXT NOT NULL DEFAULT '', lucky TEXT NOT NULL DEFAULT '',"
                       " reviewer TEXT NOT NULL DEFAULT '', reviewed_on TEXT)"),
        QStringLiteral("CREATE TABLE postmortem_timeline(incident INTEGER NOT NULL REFERENCES"
                       " postmortems(incident) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " at TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY(incident, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE postmortem_actions(incident INTEGER NOT NULL REFERENCES"
                       " postmortems(incident) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " id TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '', due TEXT, status TEXT NOT NULL,"
                       " closed TEXT, PRIMARY KEY(incident, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE postmortem_runbooks(incident INTEGER NOT NULL REFERENCES"
                       " postmortems(incident) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " runbook TEXT NOT NULL, version TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY(incident, position)) WITHOUT ROWID"),
    };
    Migration v12;
    v12.toVersion = 12;
    v12.description = QStringLiteral("Changes with their release, CAB review, verification and "
                                     "lists; freeze windows; maintenance windows; the change "
                                     "policy (plan_info degraded_loss_factor, min_lead_days)");
    v12.statements = {
        // What a change names is a record: ids as they were written, not keys.
        QStringLiteral("CREATE TABLE changes(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE"
                       " CHECK(length(id) > 0), title TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '', class TEXT NOT NULL CHECK(class IN"
                       " ('standard', 'normal', 'emergency')), state TEXT NOT NULL CHECK(state IN"
                       " ('new', 'assess', 'authorize', 'scheduled', 'implement', 'review',"
                       " 'closed', 'cancelled')), created_at TEXT NOT NULL, mode TEXT NOT NULL"
                       " CHECK(mode IN ('outage', 'rolling')), planned_start TEXT,"
                       " planned_end TEXT, implementer TEXT NOT NULL DEFAULT '',"
                       " peer_reviewer TEXT NOT NULL DEFAULT '',"
                       " backout_runbook TEXT NOT NULL DEFAULT '',"
                       " backout_plan TEXT NOT NULL DEFAULT '', actual_start TEXT,"
                       " actual_end TEXT, outcome TEXT CHECK(outcome IN ('successful',"
                       " 'successful-with-issues', 'unsuccessful', 'rolled-back')),"
                       " external_ref TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE change_releases(change INTEGER PRIMARY KEY REFERENCES"
                       " changes(key) ON DELETE CASCADE, strategy TEXT NOT NULL,"
                       " rollback_tested_on TEXT, rollback_tested_where TEXT NOT NULL DEFAULT '',"
                       " canary_steps TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE change_cab(change INTEGER PRIMARY KEY REFERENCES"
                       " changes(key) ON DELETE CASCADE, decision TEXT NOT NULL CHECK(decision IN"
                       " ('approved', 'rejected')), decided_on TEXT,"
                       " conditions TEXT NOT NULL DEFAULT '')"),
        // The change's lists of ids: its targets, the CAB's members, the incidents it caused.
        QStringLiteral("CREATE TABLE change_ids(change INTEGER NOT NULL REFERENCES changes(key)"
                       " ON DELETE CASCADE, list TEXT NOT NULL CHECK(list IN ('target', 'cab',"
                       " 'incident')), position INTEGER NOT NULL, value TEXT NOT NULL,"
                       " PRIMARY KEY(change, list, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE change_checks(change INTEGER NOT NULL REFERENCES"
                       " changes(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " text TEXT NOT NULL, result TEXT CHECK(result IN ('pass', 'fail')),"
                       " PRIMARY KEY(change, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE freezes(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE"
                       " CHECK(length(id) > 0), name TEXT NOT NULL, starts TEXT NOT NULL,"
                       " ends TEXT NOT NULL, rrule TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL, scope TEXT NOT NULL CHECK(scope IN ('all',"
                       " 'maxTier', 'nodes', 'sites')), max_tier INTEGER CHECK(max_tier BETWEEN"
                       " 0 AND 3), source TEXT NOT NULL CHECK(source IN ('manual',"
                       " 'error-budget')), exception_approver TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE freeze_ids(freeze INTEGER NOT NULL REFERENCES freezes(key)"
                       " ON DELETE CASCADE, list TEXT NOT NULL CHECK(list IN ('node', 'site')),"
                       " position INTEGER NOT NULL, value TEXT NOT NULL,"
                       " PRIMARY KEY(freeze, list, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE maintenance_windows(key INTEGER PRIMARY KEY, id TEXT NOT NULL"
                       " UNIQUE CHECK(length(id) > 0), name TEXT NOT NULL DEFAULT '',"
                       " node TEXT NOT NULL, kind TEXT NOT NULL CHECK(kind IN ('agreed',"
                       " 'supplier')), starts TEXT NOT NULL, duration_hours REAL"
                       " CHECK(duration_hours > 0), rrule TEXT NOT NULL DEFAULT '',"
                       " time_zone TEXT NOT NULL)"),
    };
    Migration v13;
    v13.toVersion = 13;
    v13.description = QStringLiteral("The audit trail: one hash-chained record per change, "
                                     "never updated or deleted by the program");
    v13.statements = {
        QStringLiteral("CREATE TABLE audit(seq INTEGER PRIMARY KEY CHECK(seq >= 1),"
                       " at TEXT NOT NULL, user TEXT NOT NULL, user_name TEXT NOT NULL DEFAULT '',"
                       " action TEXT NOT NULL, object_kind TEXT NOT NULL DEFAULT '',"
                       " object_id TEXT NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '',"
                       " prev TEXT NOT NULL, hash TEXT NOT NULL)"),
        // A mistake of the program's own (or a careless script) cannot rewrite history; someone
        // who drops these triggers can, and --verify then names the record.
        QStringLiteral("CREATE TRIGGER audit_never_updated BEFORE UPDATE ON audit"
                       " BEGIN SELECT RAISE(ABORT, 'audit records are never changed'); END"),
        QStringLiteral("CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit"
                       " BEGIN SELECT RAISE(ABORT, 'audit records are never deleted'); END"),
    };
    Migration v14;
    v14.toVersion = 14;
    v14.description = QStringLiteral("Governance: controls with their requirements, manual "
                                     "evidence files, access reviews, accepted risks "
                                     "(exceptions); plan_info risk_owner_role");
    v14.statements = {
        QStringLiteral("CREATE TABLE controls(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE"
                       " CHECK(length(id) > 0), title TEXT NOT NULL, owner TEXT NOT NULL"
                       " DEFAULT '', frequency TEXT NOT NULL CHECK(frequency IN ('monthly',"
                       " 'quarterly', 'half-yearly', 'yearly')), rule TEXT NOT NULL CHECK(rule IN"
                       " ('manual', 'exercise-coverage', 'runbook-coverage', 'bia-current',"
                       " 'restore-tested', 'change-control', 'postmortem', 'contacts-verified',"
                       " 'access-review', 'actions-closed')), max_tier INTEGER CHECK(max_tier"
                       " BETWEEN 0 AND 3), months REAL, days REAL, max_severity REAL,"
                       " description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE control_requirements(control INTEGER NOT NULL REFERENCES"
                       " controls(key) ON DELETE CASCADE, position INTEGER NOT NULL,"
                       " requirement TEXT NOT NULL, PRIMARY KEY(control, position)) WITHOUT"
                       " ROWID"),
        // Records, as incidents are: the control they evidence by its id as written.
        QStringLiteral("CREATE TABLE evidence_files(key INTEGER PRIMARY KEY, id TEXT NOT NULL"
                       " UNIQUE CHECK(length(id) > 0), control TEXT NOT NULL, path TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL, size REAL, added_on TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE access_reviews(key INTEGER PRIMARY KEY, id TEXT NOT NULL"
                       " UNIQUE CHECK(length(id) > 0), node TEXT NOT NULL, reviewer TEXT NOT NULL,"
                       " reviewed_on TEXT NOT NULL, accounts_reviewed REAL, accounts_removed REAL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE risk_exceptions(key INTEGER PRIMARY KEY, id TEXT NOT NULL"
                       " UNIQUE CHECK(length(id) > 0), finding_kind TEXT NOT NULL DEFAULT '',"
                       " subject TEXT NOT NULL DEFAULT '', control TEXT NOT NULL DEFAULT '',"
                       " accepted_by TEXT NOT NULL, accepted_on TEXT NOT NULL,"
                       " expires TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
                       " compensating_control TEXT NOT NULL DEFAULT '')"),
    };
    Migration v15;
    v15.toVersion = 15;
    v15.description = QStringLiteral("Contracts with suppliers (DORA's register of information and "
                                     "supplier SLAs), customer commitments, a process's licensed "
                                     "activity, exit-plan runbooks; plan_info entity_*");
    v15.statements = {
        QStringLiteral("ALTER TABLE processes ADD COLUMN licensed_activity TEXT"),
        QStringLiteral("ALTER TABLE runbooks ADD COLUMN exit_plan INTEGER NOT NULL DEFAULT 0"
                       " CHECK(exit_plan IN (0, 1))"),
        // Records, as access reviews are: the supplier by its id as written.
        QStringLiteral("CREATE TABLE supplier_contracts(key INTEGER PRIMARY KEY, id TEXT NOT NULL"
                       " UNIQUE CHECK(length(id) > 0), supplier TEXT NOT NULL,"
                       " reference TEXT NOT NULL, arrangement TEXT NOT NULL DEFAULT '',"
                       " overarching TEXT NOT NULL DEFAULT '',"
                       " supplier_code TEXT NOT NULL DEFAULT '',"
                       " supplier_code_type TEXT NOT NULL DEFAULT '',"
                       " supplier_country TEXT NOT NULL DEFAULT '',"
                       " parent_code TEXT NOT NULL DEFAULT '', individual INTEGER NOT NULL"
                       " DEFAULT 0 CHECK(individual IN (0, 1)), ict_service TEXT NOT NULL"
                       " DEFAULT '', starts TEXT NOT NULL DEFAULT '', ends TEXT NOT NULL"
                       " DEFAULT '', termination_reason TEXT NOT NULL DEFAULT '',"
                       " notice_entity_days REAL, notice_provider_days REAL,"
                       " governing_law TEXT NOT NULL DEFAULT '',"
                       " service_country TEXT NOT NULL DEFAULT '', data_stored INTEGER NOT NULL"
                       " DEFAULT 0 CHECK(data_stored IN (0, 1)),"
                       " data_country TEXT NOT NULL DEFAULT '',"
                       " processing_country TEXT NOT NULL DEFAULT '',"
                       " sensitivity TEXT NOT NULL DEFAULT '', reliance TEXT NOT NULL DEFAULT '',"
                       " annual_cost REAL, currency TEXT NOT NULL DEFAULT '',"
                       " last_audit TEXT NOT NULL DEFAULT '',"
                       " substitutability TEXT NOT NULL DEFAULT '',"
                       " reintegration TEXT NOT NULL DEFAULT '',"
                       " discontinuing_impact TEXT NOT NULL DEFAULT '',"
                       " alternatives TEXT NOT NULL DEFAULT '', sla_availability REAL,"
                       " sla_support_hours TEXT NOT NULL DEFAULT '', sla_rto_hours REAL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE customer_commitments(key INTEGER PRIMARY KEY, id TEXT NOT NULL"
                       " UNIQUE CHECK(length(id) > 0), customer TEXT NOT NULL,"
                       " subject TEXT NOT NULL, availability REAL, rto_hours REAL,"
                       " penalty_per_hour REAL, reference TEXT NOT NULL DEFAULT '',"
                       " note TEXT NOT NULL DEFAULT '')"),
    };
    return {v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15};
}

} // namespace Continuity
