<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Continuity::AnalysesPage</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 of %n finding</numerusform>
            <numerusform>%1 of %n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Audit</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::AuditPage</name>
    <message numerus="yes">
        <source>✓ Chain verified: %n record(s), head %1</source>
        <translation>
            <numerusform>✓ Chain verified: %n record, head %1</numerusform>
            <numerusform>✓ Chain verified: %n records, head %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1</source>
        <translation>
            <numerusform>Wrote %n record to %1</numerusform>
            <numerusform>Wrote %n records to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::AvailabilityView</name>
    <message numerus="yes">
        <source>Double points of failure of %1: %n pair(s) of nodes, neither a single point of failure, whose joint failure takes it down (redundancy that shares fate).</source>
        <translation>
            <numerusform>Double points of failure of %1: %n pair of nodes, neither a single point of failure, whose joint failure takes it down (redundancy that shares fate).</numerusform>
            <numerusform>Double points of failure of %1: %n pairs of nodes, neither a single point of failure, whose joint failure takes it down (redundancy that shares fate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s); expected annual loss of the processes among them: %1. %2</source>
        <translation>
            <numerusform>%n node; expected annual loss of the processes among them: %1. %2</numerusform>
            <numerusform>%n nodes; expected annual loss of the processes among them: %1. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLO(s) cannot be met by this design.</source>
        <translation>
            <numerusform>%n SLO cannot be met by this design.</numerusform>
            <numerusform>%n SLOs cannot be met by this design.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::BiaReport</name>
    <message numerus="yes">
        <source>%1: MISSED — %n service(s) beyond their RTO</source>
        <translation>
            <numerusform>%1: MISSED — %n service beyond their RTO</numerusform>
            <numerusform>%1: MISSED — %n services beyond their RTO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n within</source>
        <translation>
            <numerusform>, %n within</numerusform>
            <numerusform>, %n within</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: PASSED — %n service(s) within their RTO</source>
        <translation>
            <numerusform>%1: PASSED — %n service within their RTO</numerusform>
            <numerusform>%1: PASSED — %n services within their RTO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n service(s) in scope without a measured RTO)</source>
        <translation>
            <numerusform>%1: not measured (%n service in scope without a measured RTO)</numerusform>
            <numerusform>%1: not measured (%n services in scope without a measured RTO)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n process(es). BIAs are reviewed every %2 months.</source>
        <translation>
            <numerusform>As of %1: %n process. BIAs are reviewed every %2 months.</numerusform>
            <numerusform>As of %1: %n processes. BIAs are reviewed every %2 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more service(s) it needs through these.</source>
        <translation>
            <numerusform>… and %n more service it needs through these.</numerusform>
            <numerusform>… and %n more services it needs through these.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; continuity-cli check lists them all.</source>
        <translation>
            <numerusform>… and %n more; continuity-cli check lists them all.</numerusform>
            <numerusform>… and %n more; continuity-cli check lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::CabReport</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ChangeCalendar</name>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n maintenance window</numerusform>
            <numerusform>%n maintenance windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ChangesPage</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <comment>controls</comment>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact %1 of 4, probability %2: %n closed change(s) on its targets in the year before, %3 failed.</source>
        <translation>
            <numerusform>Impact %1 of 4, probability %2: %n closed change on its targets in the year before, %3 failed.</numerusform>
            <numerusform>Impact %1 of 4, probability %2: %n closed changes on its targets in the year before, %3 failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ContactSheet</name>
    <message numerus="yes">
        <source>If %1 is lost: %n process(es) and service(s) down</source>
        <translation>
            <numerusform>If %1 is lost: %n process or service down</numerusform>
            <numerusform>If %1 is lost: %n processes and services down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ContinuityPlan</name>
    <message numerus="yes">
        <source>Everything a loss of %1 takes down: %n process(es).</source>
        <translation>
            <numerusform>Everything a loss of %1 takes down: %n process.</numerusform>
            <numerusform>Everything a loss of %1 takes down: %n processes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole plan: %n process(es) and the services they need.</source>
        <translation>
            <numerusform>The whole plan: %n process and the services they need.</numerusform>
            <numerusform>The whole plan: %n processes and the services they need.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ContractsPanel</name>
    <message numerus="yes">
        <source>DORA&apos;s register as the plain-CSV reporting package (ZIP). %n problem(s) stop it now; exporting names them.</source>
        <translation>
            <numerusform>DORA&apos;s register as the plain-CSV reporting package (ZIP). %n problem stops it now; exporting names it.</numerusform>
            <numerusform>DORA&apos;s register as the plain-CSV reporting package (ZIP). %n problems stop it now; exporting names them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register of information written to %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Register of information written to %1 (%n warning).</numerusform>
            <numerusform>Register of information written to %1 (%n warnings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Controls</name>
    <message numerus="yes">
        <source>due %1, open, %n day(s) overdue</source>
        <translation>
            <numerusform>due %1, open, %n day overdue</numerusform>
            <numerusform>due %1, open, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is older than %n month(s).</source>
        <translation>
            <numerusform>The newest evidence is older than %n month.</numerusform>
            <numerusform>The newest evidence is older than %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence attached within the last %n month(s).</source>
        <translation>
            <numerusform>Evidence attached within the last month.</numerusform>
            <numerusform>Evidence attached within the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 processes and services exercised with results in the last %n month(s).</source>
        <translation>
            <numerusform>%1 of %2 %3 processes and services exercised with results in the last month.</numerusform>
            <numerusform>%1 of %2 %3 processes and services exercised with results in the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 services with a runbook approved in the last %n month(s).</source>
        <translation>
            <numerusform>%1 of %2 %3 services with a runbook approved in the last month.</numerusform>
            <numerusform>%1 of %2 %3 services with a runbook approved in the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 processes with their BIA reviewed in the last %n month(s).</source>
        <translation>
            <numerusform>%1 of %2 processes with their BIA reviewed in the last month.</numerusform>
            <numerusform>%1 of %2 processes with their BIA reviewed in the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 data stores restored within their RTO in the last %n month(s).</source>
        <translation>
            <numerusform>%1 of %2 %3 data stores restored within their RTO in the last month.</numerusform>
            <numerusform>%1 of %2 %3 data stores restored within their RTO in the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 people owning %3 recovery steps verified their details in the last %n day(s).</source>
        <translation>
            <numerusform>%1 of %2 people owning %3 recovery steps verified their details in the last day.</numerusform>
            <numerusform>%1 of %2 people owning %3 recovery steps verified their details in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 services had their access reviewed in the last %n day(s).</source>
        <translation>
            <numerusform>%1 of %2 %3 services had their access reviewed in the last day.</numerusform>
            <numerusform>%1 of %2 %3 services had their access reviewed in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 actions not overdue by more than %n day(s).</source>
        <translation>
            <numerusform>%1 of %2 actions not overdue by more than %n day.</numerusform>
            <numerusform>%1 of %2 actions not overdue by more than %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::DashboardPage</name>
    <message numerus="yes">
        <source>%n healthy tier-0/1 SLO(s).</source>
        <translation>
            <numerusform>%n healthy tier-0/1 SLO.</numerusform>
            <numerusform>%n healthy tier-0/1 SLOs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more SLO(s) in trouble (Incidents &amp; SLOs &gt; SLOs).</source>
        <translation>
            <numerusform>… and %n more SLO in trouble (Incidents &amp; SLOs &gt; SLOs).</numerusform>
            <numerusform>… and %n more SLOs in trouble (Incidents &amp; SLOs &gt; SLOs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Dora</name>
    <message numerus="yes">
        <source>It is major if %n more of these is met: %1.</source>
        <translation>
            <numerusform>It is major if %n more of these is met: %1.</numerusform>
            <numerusform>It is major if %n more of these are met: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::DoraExport</name>
    <message numerus="yes">
        <source>The register has %n error(s); nothing was written.</source>
        <translation>
            <numerusform>The register has %n error; nothing was written.</numerusform>
            <numerusform>The register has %n errors; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::DrillConsole</name>
    <message numerus="yes">
        <source>%n person(s) have not confirmed.</source>
        <translation>
            <numerusform>%n person has not confirmed.</numerusform>
            <numerusform>%n people have not confirmed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::EntityDialog</name>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>%n more character</numerusform>
            <numerusform>%n more characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Enums</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data store(s)</source>
        <translation>
            <numerusform>%n data store</numerusform>
            <numerusform>%n data stores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infrastructure service(s)</source>
        <translation>
            <numerusform>%n infrastructure service</numerusform>
            <numerusform>%n infrastructure services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n supplier</numerusform>
            <numerusform>%n suppliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Executive</name>
    <message numerus="yes">
        <source>Losing %1 alone stops %n tier-0 process(es): %2.</source>
        <translation>
            <numerusform>Losing %1 alone stops %n tier-0 process: %2.</numerusform>
            <numerusform>Losing %1 alone stops %n tier-0 processes: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseConsole</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still running</source>
        <translation>
            <numerusform>%n step still running</numerusform>
            <numerusform>%n steps still running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) not started</source>
        <translation>
            <numerusform>%n step not started</numerusform>
            <numerusform>%n steps not started</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseFollowUpView</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Findings</name>
    <message numerus="yes">
        <source>%n targets, the most critical %1</source>
        <translation>
            <numerusform>%n target, the most critical %1</numerusform>
            <numerusform>%n targets, the most critical %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the only member of %n roles that recover tier 0/1 services (%2): losing one person stops all of them.</source>
        <translation>
            <numerusform>%1 is the only member of %n role that recovers tier 0/1 services (%2): losing one person stops it.</numerusform>
            <numerusform>%1 is the only member of %n roles that recover tier 0/1 services (%2): losing one person stops all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner &quot;%1&quot; (%n time(s) in the plan) is not a known person or role. Add them under People, or choose one who is.</source>
        <translation>
            <numerusform>Owner &quot;%1&quot; (%n time in the plan) is not a known person or role. Add them under People, or choose one who is.</numerusform>
            <numerusform>Owner &quot;%1&quot; (%n times in the plan) is not a known person or role. Add them under People, or choose one who is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call tree &quot;%1&quot; was last drilled on %2, more than %n month(s) ago. Drill it again.</source>
        <translation>
            <numerusform>Call tree &quot;%1&quot; was last drilled on %2, more than %n month ago. Drill it again.</numerusform>
            <numerusform>Call tree &quot;%1&quot; was last drilled on %2, more than %n months ago. Drill it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::FindingsReport</name>
    <message numerus="yes">
        <source>Besides these, %n finding(s) accepted by an exception until it expires.</source>
        <translation>
            <numerusform>Besides these, %n finding accepted by an exception until it expires.</numerusform>
            <numerusform>Besides these, %n findings accepted by an exception until they expire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::MainWindow</name>
    <message numerus="yes">
        <source>Drafted &quot;%1&quot; with %n step(s); write the instructions next.</source>
        <translation>
            <numerusform>Drafted &quot;%1&quot; with %n step; write the instructions next.</numerusform>
            <numerusform>Drafted &quot;%1&quot; with %n steps; write the instructions next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pushed back to plan “%1”: %n change(s) written; this file now holds the server&apos;s plan.</source>
        <translation>
            <numerusform>Pushed back to plan “%1”: %n change written; this file now holds the server&apos;s plan.</numerusform>
            <numerusform>Pushed back to plan “%1”: %n changes written; this file now holds the server&apos;s plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::MapExport</name>
    <message numerus="yes">
        <source>Scenario: %1 failed</source>
        <translation>
            <numerusform>Scenario: %1 failed</numerusform>
            <numerusform>Scenario: %1 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::MapGraph</name>
    <message numerus="yes">
        <source>%1 (site, %n node(s))</source>
        <translation>
            <numerusform>%1 (site, %n node)</numerusform>
            <numerusform>%1 (site, %n nodes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::MapPage</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s) with %1… %2 s</source>
        <translation>
            <numerusform>Laying out %n node with %1… %2 s</numerusform>
            <numerusform>Laying out %n nodes with %1… %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n node(s) with %1 in %2 s.</source>
        <translation>
            <numerusform>Laid out %n node with %1 in %2 s.</numerusform>
            <numerusform>Laid out %n nodes with %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>Copied %n node.</numerusform>
            <numerusform>Copied %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hop(s)</source>
        <translation>
            <numerusform> hop</numerusform>
            <numerusform> hops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::MapScene</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::OpenFromServerDialog</name>
    <message numerus="yes">
        <source>%n plan(s) on the server.</source>
        <translation>
            <numerusform>%n plan on the server.</numerusform>
            <numerusform>%n plans on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::PeopleCards</name>
    <message numerus="yes">
        <source>Details confirmed on %1 (%n days ago)</source>
        <translation>
            <numerusform>Details confirmed on %1 (%n day ago)</numerusform>
            <numerusform>Details confirmed on %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n more time(s)</source>
        <translation>
            <numerusform>Repeated %n more time</numerusform>
            <numerusform>Repeated %n more times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::PlanDocument</name>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::PlanTransfer</name>
    <message numerus="yes">
        <source>%n row(s) in %1. Choose the column for each field; an incident imported before is updated by its number.</source>
        <translation>
            <numerusform>%n row in %1. Choose the column for each field; an incident imported before is updated by its number.</numerusform>
            <numerusform>%n rows in %1. Choose the column for each field; an incident imported before is updated by its number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n row cannot be imported:</numerusform>
            <numerusform>%n rows cannot be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) of %1 imported</source>
        <translation>
            <numerusform>%n maintenance window of %1 imported</numerusform>
            <numerusform>%n maintenance windows of %1 imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::PostmortemReport</name>
    <message numerus="yes">
        <source>… and %n more nodes.</source>
        <translation>
            <numerusform>… and %n more node.</numerusform>
            <numerusform>… and %n more nodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::PushBackDialog</name>
    <message numerus="yes">
        <source>%n change(s) made in the file to write.</source>
        <translation>
            <numerusform>%n change made in the file to write.</numerusform>
            <numerusform>%n changes made in the file to write.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed on the server since stay as they are there.</source>
        <translation>
            <numerusform>%n item changed on the server since stays as it is there.</numerusform>
            <numerusform>%n items changed on the server since stay as they are there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in both, differently: choose which version wins.</source>
        <translation>
            <numerusform>%n item changed in both, differently: choose which version wins.</numerusform>
            <numerusform>%n items changed in both, differently: choose which version wins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::RecoveryTableModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ReportPreview</name>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Runbooks</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no owner: %2. Name the team or role that does each, so nobody waits for somebody else.</source>
        <translation>
            <numerusform>%n step of runbook &quot;%1&quot; has no owner: %2. Name the team or role that does it, so nobody waits for somebody else.</numerusform>
            <numerusform>%n steps of runbook &quot;%1&quot; have no owner: %2. Name the team or role that does each, so nobody waits for somebody else.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no verification: %2. Say how to check that each step worked before the next one starts.</source>
        <translation>
            <numerusform>%n step of runbook &quot;%1&quot; has no verification: %2. Say how to check that it worked before the next one starts.</numerusform>
            <numerusform>%n steps of runbook &quot;%1&quot; have no verification: %2. Say how to check that each step worked before the next one starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no expected duration: %2. The critical path counts them as taking no time.</source>
        <translation>
            <numerusform>%n step of runbook &quot;%1&quot; has no expected duration: %2. The critical path counts it as taking no time.</numerusform>
            <numerusform>%n steps of runbook &quot;%1&quot; have no expected duration: %2. The critical path counts them as taking no time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::RunbooksPage</name>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n step(s)</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n step</numerusform>
            <numerusform>%1
%2 · %3 · %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ScenarioBrief</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Server</name>
    <message numerus="yes">
        <source>Push back %1 (%n change(s) made offline)</source>
        <translation>
            <numerusform>Push back %1 (%n change made offline)</numerusform>
            <numerusform>Push back %1 (%n changes made offline)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::SloView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Validation</name>
    <message numerus="yes">
        <source>must be at most %n month(s) after the day it was accepted</source>
        <translation>
            <numerusform>must be at most %n month after the day it was accepted</numerusform>
            <numerusform>must be at most %n months after the day it was accepted</numerusform>
        </translation>
    </message>
</context>
</TS>
