<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Continuity::AccessReviewDialog</name>
    <message>
        <source>Record Access Review</source>
        <translation>Zugriffsprüfung erfassen</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Geprüft von:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Geprüft am:</translation>
    </message>
    <message>
        <source>Accounts reviewed:</source>
        <translation>Geprüfte Konten:</translation>
    </message>
    <message>
        <source>Accounts removed:</source>
        <translation>Entfernte Konten:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>Continuity::AnalysesPage</name>
    <message>
        <source>Scenario: what fails</source>
        <translation>Szenario: was ausfällt</translation>
    </message>
    <message>
        <source>Find a process, service, site or supplier</source>
        <translation>Prozess, Dienst, Standort oder Lieferanten suchen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Clear scenario</source>
        <translation>Szenario leeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Kaskade</translation>
    </message>
    <message>
        <source>Turn this recovery order into a runbook: one step per node in wave order, with durations and waits filled in.</source>
        <translation>Diese Wiederherstellungsreihenfolge in ein Runbook übernehmen: ein Schritt je Knoten in Wellenreihenfolge, mit Dauern und Wartebeziehungen.</translation>
    </message>
    <message>
        <source>Draft Runbook</source>
        <translation>Runbook-Entwurf</translation>
    </message>
    <message>
        <source>Create a draft runbook from this recovery analysis</source>
        <translation>Einen Runbook-Entwurf aus dieser Wiederherstellungsanalyse erstellen</translation>
    </message>
    <message>
        <source>Scenario Brief PDF…</source>
        <translation>Szenario-Lagebild als PDF …</translation>
    </message>
    <message>
        <source>A few pages for the war room: what is down, the loss, when each process breaches its MTD, who to call, the runbooks in recovery order</source>
        <translation>Wenige Seiten für den Krisenstab: was ausgefallen ist, der Verlust, wann jeder Prozess seine MTD überschreitet, wen man anruft, die Runbooks in Wiederherstellungsreihenfolge</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Tier 0/1 process or service</source>
        <translation>Prozess oder Dienst der Stufe 0/1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Einzelne Ausfallpunkte</translation>
    </message>
    <message>
        <source>Role or person</source>
        <translation>Rolle oder Person</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Contact Sheet PDF…</source>
        <translation>Kontaktliste als PDF…</translation>
    </message>
    <message>
        <source>Who to call for this scenario, the call trees and the external contacts, on paper</source>
        <translation>Wen in diesem Szenario anrufen, die Alarmierungsketten und die externen Kontakte, auf Papier</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Filter by process, service, person or text</source>
        <translation>Nach Prozess, Dienst, Person oder Text filtern</translation>
    </message>
    <message>
        <source>Findings Review PDF…</source>
        <translation>Befundbericht als PDF …</translation>
    </message>
    <message>
        <source>Every finding by severity and kind with what to do, the single points of failure per target, and what changed since an older copy of the plan</source>
        <translation>Jeder Befund nach Schweregrad und Art mit dem, was zu tun ist, die einzelnen Ausfallpunkte je Ziel und was sich seit einer älteren Kopie des Plans geändert hat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>after %1 min</source>
        <translation>nach %1 min</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>%1 findings, %2 of them errors</source>
        <translation>%1 Befunde, davon %2 Fehler</translation>
    </message>
    <message>
        <source>Nothing fails yet: tick what should fail.</source>
        <translation>Noch fällt nichts aus: kreuzen Sie an, was ausfallen soll.</translation>
    </message>
    <message>
        <source>Pick what fails on the left to see the cascade and the recovery. %1.</source>
        <translation>Wählen Sie links, was ausfällt, um Kaskade und Wiederherstellung zu sehen. %1.</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>Ausfall: %1</translation>
    </message>
    <message>
        <source>%1 down (%2 business processes), %3 degraded; loss %4 per hour. %5.</source>
        <translation>%1 ausgefallen (%2 Geschäftsprozesse), %3 beeinträchtigt; Verlust %4 pro Stunde. %5.</translation>
    </message>
    <message>
        <source>Business processes: achievable against target RTO (hours)</source>
        <translation>Geschäftsprozesse: erreichbare gegenüber Ziel-RTO (Stunden)</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>Ziel-RTO</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 von %n Befund</numerusform>
            <numerusform>%1 von %n Befunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings review</source>
        <translation>Befundbericht</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Szenario-Lagebild</translation>
    </message>
    <message>
        <source>Findings Review</source>
        <translation>Befundbericht</translation>
    </message>
    <message>
        <source>Print the plan&apos;s findings as they are, or compare them with an older copy of the plan (a snapshot from the last review) to see what is new and what was resolved?</source>
        <translation>Die Befunde des Plans so drucken, wie sie sind, oder mit einer älteren Kopie des Plans (einem Schnappschuss der letzten Überprüfung) vergleichen, um zu sehen, was neu und was behoben ist?</translation>
    </message>
    <message>
        <source>Findings Only</source>
        <translation>Nur Befunde</translation>
    </message>
    <message>
        <source>Compare with an Older Copy…</source>
        <translation>Mit älterer Kopie vergleichen …</translation>
    </message>
    <message>
        <source>Export the Findings Review as PDF</source>
        <translation>Befundbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>-findings</source>
        <translation>-befunde</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Scenario Brief</source>
        <translation>Szenario-Lagebild</translation>
    </message>
    <message>
        <source>Tick what fails first: the brief is about a scenario.</source>
        <translation>Kreuzen Sie zuerst an, was ausfällt: Das Lagebild gilt einem Szenario.</translation>
    </message>
    <message>
        <source>Export the Scenario Brief as PDF</source>
        <translation>Szenario-Lagebild als PDF exportieren</translation>
    </message>
    <message>
        <source>-brief</source>
        <translation>-lagebild</translation>
    </message>
    <message>
        <source>Business impact analysis</source>
        <translation>Business-Impact-Analyse</translation>
    </message>
    <message>
        <source>BIA Report</source>
        <translation>BIA-Bericht</translation>
    </message>
    <message>
        <source>Add a process first: the report is about processes.</source>
        <translation>Legen Sie zuerst einen Prozess an: Der Bericht handelt von Prozessen.</translation>
    </message>
    <message>
        <source>Export the BIA Report as PDF</source>
        <translation>BIA-Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>-bia</source>
        <translation>-bia</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>Notfallhandbuch</translation>
    </message>
    <message>
        <source>Export the Business Continuity Plan</source>
        <translation>Notfallhandbuch exportieren</translation>
    </message>
    <message>
        <source>-bcp</source>
        <translation>-bcp</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument Text, to extend in LibreOffice or Word (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument-Text, zum Ergänzen in LibreOffice oder Word (*.odt)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>Continuity::AtomicFile</name>
    <message>
        <source>%1 could not be written: the disk is full. The file there before, if any, is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist voll. Eine schon vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk quota is used up. The file there before, if any, is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: Das Speicherkontingent ist aufgebraucht. Eine schon vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is read-only.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 could not be written: permission denied.</source>
        <translation>%1 konnte nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 could not be written: the folder does not exist.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The file there before, if any, is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Eine schon vorhandene Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Continuity::Audit</name>
    <message>
        <source>The plan&apos;s audit trail could not be read or written: %1</source>
        <translation>Der Prüfpfad des Plans konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Record %1 is missing: record %2 follows record %3.</source>
        <translation>Eintrag %1 fehlt: Eintrag %2 folgt auf Eintrag %3.</translation>
    </message>
    <message>
        <source>Record %1 is out of order.</source>
        <translation>Eintrag %1 steht nicht an seiner Stelle.</translation>
    </message>
    <message>
        <source>Record 1 does not start the chain: its link is not 64 zeros.</source>
        <translation>Eintrag 1 beginnt die Kette nicht: Sein Verweis besteht nicht aus 64 Nullen.</translation>
    </message>
    <message>
        <source>Record %1 is not linked to record %2: its link does not equal that record&apos;s hash.</source>
        <translation>Eintrag %1 ist nicht mit Eintrag %2 verkettet: Sein Verweis entspricht nicht dem Hash jenes Eintrags.</translation>
    </message>
    <message>
        <source>Record %1 was changed: its hash does not match its content.</source>
        <translation>Eintrag %1 wurde verändert: Sein Hash passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>from %1 (SHA-256 %2…)</source>
        <translation>aus %1 (SHA-256 %2…)</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Every change to this plan, oldest at the bottom: who made it, when, and the fields before and after. Each record carries the hash of the one before it, so a record changed or removed afterwards is found.</source>
        <translation>Jede Änderung an diesem Plan, die älteste unten: wer sie wann vorgenommen hat und die Felder vorher und nachher. Jeder Eintrag trägt den Hash des vorigen, sodass ein nachträglich veränderter oder entfernter Eintrag gefunden wird.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Object (kind or id)</source>
        <translation>Objekt (Art oder ID)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The records shown, as CSV for a spreadsheet or an auditor</source>
        <translation>Die angezeigten Einträge als CSV für eine Tabellenkalkulation oder die Prüfer</translation>
    </message>
    <message>
        <source>Select a record to see its fields before and after.</source>
        <translation>Wählen Sie einen Eintrag, um seine Felder vorher und nachher zu sehen.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Der Prüfpfad wird gelesen…</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Noch keine Änderungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain verified: %n record(s), head %1</source>
        <translation>
            <numerusform>✓ Kette geprüft: %n Eintrag, Kopf %1</numerusform>
            <numerusform>✓ Kette geprüft: %n Einträge, Kopf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Chain broken at record %1: %2</source>
        <translation>✗ Kette bei Eintrag %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records</source>
        <translation>Die neuesten %1 von %2 Einträgen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 · %2 · %3
%4 %5
</source>
        <translation>Eintrag %1 · %2 · %3
%4 %5
</translation>
    </message>
    <message>
        <source>
Link: %1
Hash: %2</source>
        <translation>
Verweis: %1
Hash: %2</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Prüfpfad exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 geschrieben</numerusform>
            <numerusform>%n Einträge nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich änderte</translation>
    </message>
</context>
<context>
    <name>Continuity::AvailabilityView</name>
    <message>
        <source>Tier 0/1 and every node with an SLO: availability from MTBF and MTTR (entered, or measured from the last year&apos;s incidents), composed through the dependency graph so that a provider shared by two paths counts once.</source>
        <translation>Stufe 0/1 und jeder Knoten mit SLO: Verfügbarkeit aus MTBF und MTTR (eingetragen oder aus den Vorfällen des letzten Jahres gemessen), über den Abhängigkeitsgraphen zusammengesetzt, sodass ein von zwei Pfaden geteilter Anbieter einmal zählt.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Zusammengesetzt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Down a year</source>
        <translation>Ausfall pro Jahr</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>The node&apos;s own availability, MTBF / (MTBF + MTTR)</source>
        <translation>Die eigene Verfügbarkeit des Knotens, MTBF / (MTBF + MTTR)</translation>
    </message>
    <message>
        <source>The chance it is not down, with everything it needs failing independently</source>
        <translation>Die Wahrscheinlichkeit, dass er nicht ausgefallen ist, wenn alles, was er braucht, unabhängig ausfällt</translation>
    </message>
    <message>
        <source>Fails with</source>
        <translation>Fällt aus mit</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>No double point of failure: no two nodes, neither a single point of failure, take %1 down together.</source>
        <translation>Kein doppelter Ausfallpunkt: Keine zwei Knoten, beide kein Single Point of Failure, legen %1 gemeinsam lahm.</translation>
    </message>
    <message numerus="yes">
        <source>Double points of failure of %1: %n pair(s) of nodes, neither a single point of failure, whose joint failure takes it down (redundancy that shares fate).</source>
        <translation>
            <numerusform>Doppelte Ausfallpunkte von %1: %n Knotenpaar, beide kein Single Point of Failure, dessen gemeinsamer Ausfall ihn lahmlegt (Redundanz mit geteiltem Schicksal).</numerusform>
            <numerusform>Doppelte Ausfallpunkte von %1: %n Knotenpaare, jeweils kein Single Point of Failure, deren gemeinsamer Ausfall ihn lahmlegt (Redundanz mit geteiltem Schicksal).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the figures shown are the earlier ones.</source>
        <translation>Abgebrochen; die gezeigten Zahlen sind die früheren.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The plan has changed since these figures were computed: Compute again to bring them up to date.</source>
        <translation>Der Plan hat sich seit der Berechnung geändert: Erneut berechnen, um die Zahlen zu aktualisieren.</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2 %</source>
        <translation>95-%-Intervall %1 bis %2 %</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 % — cannot be met</source>
        <translation>%1 % – nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 % — can be met</source>
        <translation>%1 % – erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s); expected annual loss of the processes among them: %1. %2</source>
        <translation>
            <numerusform>%n Knoten; erwarteter jährlicher Verlust der Prozesse darunter: %1. %2</numerusform>
            <numerusform>%n Knoten; erwarteter jährlicher Verlust der Prozesse darunter: %1. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLO(s) cannot be met by this design.</source>
        <translation>
            <numerusform>%n SLO ist mit diesem Aufbau nicht erreichbar.</numerusform>
            <numerusform>%n SLOs sind mit diesem Aufbau nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every SLO shown can be met by this design.</source>
        <translation>Jedes gezeigte SLO ist mit diesem Aufbau erreichbar.</translation>
    </message>
    <message>
        <source>Select a node to see its double points of failure.</source>
        <translation>Einen Knoten wählen, um seine doppelten Ausfallpunkte zu sehen.</translation>
    </message>
    <message>
        <source>Looking for double points of failure…</source>
        <translation>Doppelte Ausfallpunkte werden gesucht…</translation>
    </message>
</context>
<context>
    <name>Continuity::BiaEditor</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Record &amp;Review…</source>
        <translation>&amp;Prüfung erfassen…</translation>
    </message>
    <message>
        <source>Record that the process owner has reviewed and confirmed these ratings</source>
        <translation>Erfassen, dass der Prozessverantwortliche diese Bewertungen geprüft und bestätigt hat</translation>
    </message>
    <message>
        <source>Select a process to rate its business impact.</source>
        <translation>Wählen Sie einen Prozess, um seine geschäftlichen Auswirkungen zu bewerten.</translation>
    </message>
    <message>
        <source>%1 falls from %2 at %3 to %4 at %5</source>
        <translation>%1 sinkt von %2 bei %3 auf %4 bei %5</translation>
    </message>
    <message>
        <source>Check: %1. Impact usually grows the longer an outage lasts.</source>
        <translation>Bitte prüfen: %1. Die Auswirkungen wachsen meist, je länger ein Ausfall dauert.</translation>
    </message>
    <message>
        <source>Business impact of &quot;%1&quot;: type 0 (none) to 4 (severe) in each cell</source>
        <translation>Geschäftliche Auswirkungen von „%1“: in jede Zelle 0 (keine) bis 4 (schwerwiegend) eingeben</translation>
    </message>
    <message>
        <source>Suggested MTD: %1, because %2 impact is rated severe at %1.</source>
        <translation>Vorgeschlagene MTD: %1, weil die Auswirkung %2 bei %1 als schwerwiegend bewertet ist.</translation>
    </message>
    <message>
        <source>Suggested MTD: none yet; no category is rated severe (4) at any horizon.</source>
        <translation>Vorgeschlagene MTD: noch keine; keine Kategorie ist in irgendeinem Zeithorizont als schwerwiegend (4) bewertet.</translation>
    </message>
    <message>
        <source>Agreed MTD: %1.</source>
        <translation>Vereinbarte MTD: %1.</translation>
    </message>
    <message>
        <source>Tier %1, assigned by hand: %2</source>
        <translation>Stufe %1, von Hand zugewiesen: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Tier %1, because its MTD of %2 is at most %3, the limit for tier %1.</source>
        <translation>Stufe %1, weil seine MTD von %2 höchstens %3 beträgt, die Grenze für Stufe %1.</translation>
    </message>
    <message>
        <source>Tier %1, because it loses %2 per hour, at least the %3 of tier %1.</source>
        <translation>Stufe %1, weil er %2 pro Stunde verliert, mindestens die %3 der Stufe %1.</translation>
    </message>
    <message>
        <source>Tier %1: neither its MTD nor its loss per hour qualifies it for a more critical tier.</source>
        <translation>Stufe %1: weder seine MTD noch sein Verlust pro Stunde qualifizieren ihn für eine kritischere Stufe.</translation>
    </message>
    <message>
        <source>Review: nothing rated yet.</source>
        <translation>Prüfung: noch nichts bewertet.</translation>
    </message>
    <message>
        <source>Review: not reviewed yet. Once the owner confirms the ratings, record the review.</source>
        <translation>Prüfung: noch nicht geprüft. Sobald der Verantwortliche die Bewertungen bestätigt, erfassen Sie die Prüfung.</translation>
    </message>
    <message>
        <source>Review: reviewed by %1 on %2, but a rating has changed since. Review it again.</source>
        <translation>Prüfung: geprüft von %1 am %2, seitdem wurde aber eine Bewertung geändert. Erneut prüfen.</translation>
    </message>
    <message>
        <source>Review: reviewed by %1 on %2; overdue since %3.</source>
        <translation>Prüfung: geprüft von %1 am %2; überfällig seit %3.</translation>
    </message>
    <message>
        <source>Review: reviewed by %1 on %2; due again by %3.</source>
        <translation>Prüfung: geprüft von %1 am %2; wieder fällig bis %3.</translation>
    </message>
    <message>
        <source>Record BIA Review</source>
        <translation>BIA-Prüfung erfassen</translation>
    </message>
    <message>
        <source>Who confirmed the ratings of &quot;%1&quot;, and when?</source>
        <translation>Wer hat die Bewertungen von „%1“ bestätigt, und wann?</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Geprüft &amp;von:</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Geprüft &amp;am:</translation>
    </message>
    <message>
        <source>Record Review</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <source>Impact over time</source>
        <translation>Auswirkung im Zeitverlauf</translation>
    </message>
    <message>
        <source>MTD %1</source>
        <translation>MTD %1</translation>
    </message>
</context>
<context>
    <name>Continuity::BiaReport</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>von Hand zugewiesen</translation>
    </message>
    <message>
        <source>assigned by hand: %1</source>
        <translation>von Hand zugewiesen: %1</translation>
    </message>
    <message>
        <source>tier policy: an MTD of at most %1</source>
        <translation>Stufenrichtlinie: eine MTD von höchstens %1</translation>
    </message>
    <message>
        <source>tier policy: by its MTD</source>
        <translation>Stufenrichtlinie: nach ihrer MTD</translation>
    </message>
    <message>
        <source>tier policy: a loss of at least %1 per hour</source>
        <translation>Stufenrichtlinie: ein Verlust von mindestens %1 pro Stunde</translation>
    </message>
    <message>
        <source>tier policy: by its loss per hour</source>
        <translation>Stufenrichtlinie: nach dem Verlust pro Stunde</translation>
    </message>
    <message>
        <source>no rule of the tier policy applies: the least critical tier</source>
        <translation>keine Regel der Stufenrichtlinie greift: die am wenigsten kritische Stufe</translation>
    </message>
    <message>
        <source>No impact has been rated yet.</source>
        <translation>Noch keine Auswirkung bewertet.</translation>
    </message>
    <message>
        <source>Rated, never reviewed.</source>
        <translation>Bewertet, nie geprüft.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2; a rating has changed since: review again.</source>
        <translation>Geprüft von %1 am %2; seitdem wurde eine Bewertung geändert: erneut prüfen.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2; the review was due on %3.</source>
        <translation>Geprüft von %1 am %2; die Prüfung war am %3 fällig.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2; next review due by %3.</source>
        <translation>Geprüft von %1 am %2; nächste Prüfung fällig bis %3.</translation>
    </message>
    <message>
        <source>no owner named</source>
        <translation>kein Verantwortlicher genannt</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>tier %1, less critical than the process (%2)</source>
        <translation>Stufe %1, weniger kritisch als der Prozess (%2)</translation>
    </message>
    <message>
        <source>RTO longer than the process&apos;s</source>
        <translation>RTO länger als die des Prozesses</translation>
    </message>
    <message>
        <source>RPO longer than the process&apos;s</source>
        <translation>RPO länger als der des Prozesses</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: MISSED — %n service(s) beyond their RTO</source>
        <translation>
            <numerusform>%1: VERFEHLT — %n Dienst über seiner RTO</numerusform>
            <numerusform>%1: VERFEHLT — %n Dienste über ihrer RTO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n within</source>
        <translation>
            <numerusform>, %n innerhalb</numerusform>
            <numerusform>, %n innerhalb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: PASSED — %n service(s) within their RTO</source>
        <translation>
            <numerusform>%1: BESTANDEN — %n Dienst innerhalb seiner RTO</numerusform>
            <numerusform>%1: BESTANDEN — %n Dienste innerhalb ihrer RTO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n service(s) in scope without a measured RTO)</source>
        <translation>
            <numerusform>%1: nicht gemessen (%n Dienst im Umfang ohne gemessene RTO)</numerusform>
            <numerusform>%1: nicht gemessen (%n Dienste im Umfang ohne gemessene RTO)</numerusform>
        </translation>
    </message>
    <message>
        <source>Business impact analysis</source>
        <translation>Business-Impact-Analyse</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n process(es). BIAs are reviewed every %2 months.</source>
        <translation>
            <numerusform>Stand %1: %n Prozess. BIAs werden alle %2 Monate geprüft.</numerusform>
            <numerusform>Stand %1: %n Prozesse. BIAs werden alle %2 Monate geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Processes by tier and MTD</source>
        <translation>Prozesse nach Stufe und MTD</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Verlust pro Stunde</translation>
    </message>
    <message>
        <source>BIA</source>
        <translation>BIA</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>Verteilung auf Stufen</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>tier %1: %2</source>
        <translation>Stufe %1: %2</translation>
    </message>
    <message>
        <source>BIAs that need attention</source>
        <translation>BIAs, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Every BIA in this report is reviewed and within its review period.</source>
        <translation>Jede BIA in diesem Bericht ist geprüft und innerhalb ihres Prüfzeitraums.</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an RTO of %2, longer than its MTD of %3.</source>
        <translation>„%1“ hat eine RTO von %2, länger als seine MTD von %3.</translation>
    </message>
    <message>
        <source>None: every service these processes need is at least as critical as they are, and recovers and keeps data within their targets.</source>
        <translation>Keine: Jeder Dienst, den diese Prozesse brauchen, ist mindestens so kritisch wie sie und stellt sich innerhalb ihrer Ziele wieder her und bewahrt Daten entsprechend.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; continuity-cli check lists them all.</source>
        <translation>
            <numerusform>… und %n weitere; continuity-cli check listet alle.</numerusform>
            <numerusform>… und %n weitere; continuity-cli check listet alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, entered</source>
        <translation>%1, eingetragen</translation>
    </message>
    <message>
        <source>%1, suggested from the BIA (the first horizon rated 4, severe); not entered</source>
        <translation>%1, aus der BIA vorgeschlagen (der erste mit 4, schwer, bewertete Zeitpunkt); nicht eingetragen</translation>
    </message>
    <message>
        <source>not set, and the BIA suggests none (no rating of 4)</source>
        <translation>nicht gesetzt, und die BIA schlägt keine vor (keine Bewertung 4)</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Regulatorisch</translation>
    </message>
    <message>
        <source>no regulatory tag on the services it needs</source>
        <translation>kein regulatorisches Kennzeichen an den benötigten Diensten</translation>
    </message>
    <message>
        <source>BIA review</source>
        <translation>BIA-Prüfung</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>none yet has covered it or a service it needs</source>
        <translation>noch keine hat ihn oder einen benötigten Dienst abgedeckt</translation>
    </message>
    <message>
        <source>Impact over time</source>
        <translation>Auswirkung über die Zeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Ratings: 0 none, 1 minor, 2 moderate, 3 major, 4 severe.</source>
        <translation>Bewertungen: 0 keine, 1 gering, 2 mäßig, 3 erheblich, 4 schwer.</translation>
    </message>
    <message>
        <source>Services it needs</source>
        <translation>Benötigte Dienste</translation>
    </message>
    <message>
        <source>No service is recorded as needed by this process.</source>
        <translation>Für diesen Prozess ist kein benötigter Dienst erfasst.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source> (redundant)</source>
        <translation> (redundant)</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>INVERSION: %1</source>
        <translation>INVERSION: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more service(s) it needs through these.</source>
        <translation>
            <numerusform>… und %n weiterer Dienst, den er über diese braucht.</numerusform>
            <numerusform>… und %n weitere Dienste, die er über diese braucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Einzelne Ausfallpunkte</translation>
    </message>
    <message>
        <source>None: no single service&apos;s loss alone takes this process down.</source>
        <translation>Keine: Der Ausfall keines einzelnen Dienstes allein legt diesen Prozess lahm.</translation>
    </message>
    <message>
        <source>Losing any one of these alone takes the process down: %1.</source>
        <translation>Der Ausfall jedes einzelnen davon legt den Prozess lahm: %1.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Und %n weiterer.</numerusform>
            <numerusform>Und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-off by the process owner</source>
        <translation>Freigabe durch den Prozessverantwortlichen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Continuity::BiaReview</name>
    <message>
        <source>No BIA</source>
        <translation>Keine BIA</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>Seit Prüfung geändert</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Prüfung überfällig</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>Continuity::BiaTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>major</source>
        <translation>erheblich</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwerwiegend</translation>
    </message>
    <message>
        <source>Type 0 (none) to 4 (severe)</source>
        <translation>0 (keine) bis 4 (schwerwiegend) eingeben</translation>
    </message>
    <message>
        <source>A rating must be a number from 0 (none) to 4 (severe).</source>
        <translation>Eine Bewertung muss eine Zahl von 0 (keine) bis 4 (schwerwiegend) sein.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Continuity::BiaTableView</name>
    <message>
        <source>&quot;%1&quot; is not a rating: type 0 (none), 1 (minor), 2 (moderate), 3 (major) or 4 (severe).</source>
        <translation>„%1“ ist keine Bewertung: geben Sie 0 (keine), 1 (gering), 2 (mäßig), 3 (erheblich) oder 4 (schwerwiegend) ein.</translation>
    </message>
</context>
<context>
    <name>Continuity::CabReport</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>peer review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>backout</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>CAB approval</source>
        <translation>CAB-Freigabe</translation>
    </message>
    <message>
        <source>not standard</source>
        <translation>kein Standard</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Change advisory board</source>
        <translation>Change Advisory Board</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen vom %1 bis %2</translation>
    </message>
    <message>
        <source>Plan: %1. Times in %2. Risk, blocking and conflicts as Continuity assesses them from the dependency graph, the freezes and the history of earlier changes on the same systems.</source>
        <translation>Plan: %1. Zeiten in %2. Risiko, Sperren und Konflikte, wie Continuity sie aus dem Abhängigkeitsgraphen, den Freezes und der Geschichte früherer Änderungen an denselben Systemen bewertet.</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Zu entscheiden</translation>
    </message>
    <message>
        <source>No change waits for a decision in this period.</source>
        <translation>In diesem Zeitraum wartet keine Änderung auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Class and state</source>
        <translation>Klasse und Status</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>one at a time</source>
        <translation>eins nach dem anderen</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>alle zugleich</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Umsetzende Person</translation>
    </message>
    <message>
        <source>Peer reviewer</source>
        <translation>Prüfperson</translation>
    </message>
    <message>
        <source>Risk %1: impact %2 of 4, probability %3 (%4 earlier changes on its targets in the year before, %5 failed).</source>
        <translation>Risiko %1: Auswirkung %2 von 4, Wahrscheinlichkeit %3 (%4 frühere Änderungen an ihren Zielen im Jahr davor, %5 gescheitert).</translation>
    </message>
    <message>
        <source>Raised: a target is a single point of failure of a tier 0 or 1 process or service.</source>
        <translation>Erhöht: ein Ziel ist einzelner Ausfallpunkt eines Prozesses oder Dienstes der Stufe 0 oder 1.</translation>
    </message>
    <message>
        <source>Raised: a node it takes down has less than a quarter of its error budget left.</source>
        <translation>Erhöht: ein Knoten, den sie ausfallen lässt, hat weniger als ein Viertel seines Fehlerbudgets übrig.</translation>
    </message>
    <message>
        <source>Blocked by the freeze %1: only an emergency change may go ahead.</source>
        <translation>Durch den Freeze %1 gesperrt: nur eine Notfalländerung darf stattfinden.</translation>
    </message>
    <message>
        <source>In the freeze %1 as an emergency change.</source>
        <translation>Im Freeze %1 als Notfalländerung.</translation>
    </message>
    <message>
        <source>Loss exposure %1; worst outage with backout %2; headroom to the tightest RTO %3.</source>
        <translation>Verlustrisiko %1; längster Ausfall mit Rückfall %2; Reserve zur knappsten RTO %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Wirkungsbereich</translation>
    </message>
    <message>
        <source>%1 nodes down and %2 degraded, from the targets on the left to what depends on them on the right.</source>
        <translation>%1 Knoten ausgefallen und %2 beeinträchtigt, von den Zielen links zu dem, was von ihnen abhängt, rechts.</translation>
    </message>
    <message>
        <source>Nothing: the change&apos;s targets are not in the plan&apos;s graph.</source>
        <translation>Nichts: die Ziele der Änderung sind nicht im Graphen des Plans.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Verlust pro Stunde</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>Processes hit</source>
        <translation>Betroffene Prozesse</translation>
    </message>
    <message>
        <source>No business process is down or degraded.</source>
        <translation>Kein Geschäftsprozess ist ausgefallen oder beeinträchtigt.</translation>
    </message>
    <message>
        <source>Conflicts and missing controls</source>
        <translation>Konflikte und fehlende Kontrollen</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>No conflicts; no controls missing.</source>
        <translation>Keine Konflikte; keine Kontrollen fehlen.</translation>
    </message>
    <message>
        <source>Backout</source>
        <translation>Rückfall</translation>
    </message>
    <message>
        <source>Runbook %1 (critical path %2), last exercised %3.</source>
        <translation>Runbook %1 (kritischer Pfad %2), zuletzt geübt %3.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No backout runbook or plan.</source>
        <translation>Kein Rückfall-Runbook und kein Rückfallplan.</translation>
    </message>
    <message>
        <source>Already scheduled in the period</source>
        <translation>Im Zeitraum bereits eingeplant</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>Continuity::CascadeTableModel</name>
    <message>
        <source>Process or service</source>
        <translation>Prozess oder Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Verlust pro Stunde</translation>
    </message>
    <message>
        <source>Why: the path back to what failed</source>
        <translation>Warum: der Pfad zurück zum Ausgefallenen</translation>
    </message>
    <message>
        <source>down (failed)</source>
        <translation>ausgefallen (Ausfall)</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
</context>
<context>
    <name>Continuity::Catalogue</name>
    <message>
        <source>The requirements catalogue is not a catalogue of Continuity&apos;s.</source>
        <translation>Der Anforderungskatalog ist kein Katalog von Continuity.</translation>
    </message>
</context>
<context>
    <name>Continuity::ChangeCalendar</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>4 weeks from %1</source>
        <translation>4 Wochen ab %1</translation>
    </message>
    <message>
        <source>Reschedule change %1</source>
        <translation>Änderung %1 verschieben</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Freeze: %1</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Lieferant: %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n Wartungsfenster</numerusform>
            <numerusform>%n Wartungsfenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>blocked by a freeze</source>
        <translation>durch einen Freeze gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned in these four weeks.</source>
        <translation>In diesen vier Wochen ist nichts geplant.</translation>
    </message>
    <message>
        <source>emergency change inside a freeze</source>
        <translation>Notfalländerung im Freeze</translation>
    </message>
</context>
<context>
    <name>Continuity::ChangeRisk</name>
    <message>
        <source>Error budget of %1</source>
        <translation>Fehlerbudget von %1</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>a peer reviewer (the blast radius holds a tier 0 or 1 node)</source>
        <translation>eine Prüfperson (im Wirkungsbereich liegt ein Knoten der Stufe 0 oder 1)</translation>
    </message>
    <message>
        <source>a backout runbook or plan (the blast radius holds a tier 0 or 1 node)</source>
        <translation>ein Rückfall-Runbook oder einen Rückfallplan (im Wirkungsbereich liegt ein Knoten der Stufe 0 oder 1)</translation>
    </message>
    <message>
        <source>the approval of the change advisory board (the risk is high)</source>
        <translation>die Freigabe des Change Advisory Board (das Risiko ist hoch)</translation>
    </message>
    <message>
        <source>a normal change: a standard change may not have impact 1 or 2</source>
        <translation>eine normale Änderung: eine Standardänderung darf nicht Auswirkung 1 oder 2 haben</translation>
    </message>
    <message>
        <source>more lead time: a normal change is raised at least the plan&apos;s minimum lead days before its start</source>
        <translation>mehr Vorlauf: eine normale Änderung wird mindestens die Mindestvorlaufzeit des Plans vor ihrem Beginn beantragt</translation>
    </message>
    <message>
        <source>Overlapping change</source>
        <translation>Überlappende Änderung</translation>
    </message>
    <message>
        <source>Supplier maintenance</source>
        <translation>Wartung des Lieferanten</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Outside the agreed maintenance window</source>
        <translation>Außerhalb des vereinbarten Wartungsfensters</translation>
    </message>
    <message>
        <source>A change in state %1 cannot move to %2.</source>
        <translation>Eine Änderung im Status %1 kann nicht zu %2 wechseln.</translation>
    </message>
    <message>
        <source>It needs a planned start and end.</source>
        <translation>Sie braucht einen geplanten Beginn und ein geplantes Ende.</translation>
    </message>
    <message>
        <source>It needs at least one target.</source>
        <translation>Sie braucht mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>It needs %1.</source>
        <translation>Sie braucht %1.</translation>
    </message>
    <message>
        <source>A freeze window blocks it: %1. Only an emergency change may go ahead in a freeze.</source>
        <translation>Ein Freeze-Zeitraum sperrt sie: %1. In einem Freeze darf nur eine Notfalländerung stattfinden.</translation>
    </message>
    <message>
        <source>It needs an outcome before it is closed.</source>
        <translation>Vor dem Abschluss braucht sie ein Ergebnis.</translation>
    </message>
    <message>
        <source>Change %1 is closed without an outcome: record whether it succeeded or was rolled back, so that the next change&apos;s risk reads its history.</source>
        <translation>Änderung %1 ist ohne Ergebnis abgeschlossen: Tragen Sie ein, ob sie gelang oder zurückgenommen wurde, damit das Risiko der nächsten Änderung ihre Geschichte kennt.</translation>
    </message>
    <message>
        <source>Change %1 is scheduled inside the freeze %2. Move it out of the freeze, or raise it as an emergency change.</source>
        <translation>Änderung %1 ist im Freeze %2 eingeplant. Verschieben Sie sie aus dem Freeze oder beantragen Sie sie als Notfalländerung.</translation>
    </message>
    <message>
        <source>Change %1 conflicts with %2.</source>
        <translation>Änderung %1 kollidiert mit %2.</translation>
    </message>
    <message>
        <source>Change %1 lacks %2.</source>
        <translation>Änderung %1 fehlt: %2.</translation>
    </message>
    <message>
        <source>Change %1 works on a tier 0 or 1 node and backs out with the runbook %2, which no exercise has run yet.</source>
        <translation>Änderung %1 betrifft einen Knoten der Stufe 0 oder 1 und fällt mit dem Runbook %2 zurück, das noch keine Übung durchgespielt hat.</translation>
    </message>
    <message>
        <source>Emergency change %1 went ahead inside the freeze %2.</source>
        <translation>Die Notfalländerung %1 wurde im Freeze %2 durchgeführt.</translation>
    </message>
    <message>
        <source>Record the exception&apos;s approval in its CAB review.</source>
        <translation>Halten Sie die Genehmigung der Ausnahme in ihrer CAB-Prüfung fest.</translation>
    </message>
    <message>
        <source>Record the exception&apos;s approval by the %1 in its CAB review.</source>
        <translation>Halten Sie die Genehmigung der Ausnahme durch die Rolle %1 in ihrer CAB-Prüfung fest.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a name in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Continuity::ChangeWindowsDialog</name>
    <message>
        <source>Freezes and Maintenance Windows</source>
        <translation>Freezes und Wartungsfenster</translation>
    </message>
    <message>
        <source>Times are in each window&apos;s time zone. Repeats is an RFC 5545 rule such as FREQ=YEARLY or FREQ=WEEKLY;BYDAY=SU; leave it empty for once. Scope: all, maxTier (with the tier), nodes or sites (with their ids, separated by commas).</source>
        <translation>Zeiten gelten in der Zeitzone des jeweiligen Fensters. Wiederholung ist eine Regel nach RFC 5545 wie FREQ=YEARLY oder FREQ=WEEKLY;BYDAY=SU; leer für einmalig. Geltungsbereich: all, maxTier (mit der Stufe), nodes oder sites (mit ihren IDs, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Tier or ids</source>
        <translation>Stufe oder IDs</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Add Freeze</source>
        <translation>Freeze hinzufügen</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>Freezes</translation>
    </message>
    <message>
        <source>Add Maintenance Window</source>
        <translation>Wartungsfenster hinzufügen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Write a start and an end as YYYY-MM-DD HH:MM in the time zone %1.</source>
        <translation>Beginn und Ende als JJJJ-MM-TT HH:MM in der Zeitzone %1 schreiben.</translation>
    </message>
    <message>
        <source>Scope must be one of: %1.</source>
        <translation>Der Geltungsbereich muss einer dieser sein: %1.</translation>
    </message>
    <message>
        <source>Edit the freeze window &quot;%1&quot;</source>
        <translation>Freeze-Zeitraum „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Kind must be one of: %1.</source>
        <translation>Die Art muss eine dieser sein: %1.</translation>
    </message>
    <message>
        <source>Write the start as YYYY-MM-DD HH:MM in the time zone %1 and the hours as a number.</source>
        <translation>Beginn als JJJJ-MM-TT HH:MM in der Zeitzone %1 und die Stunden als Zahl schreiben.</translation>
    </message>
    <message>
        <source>Edit the maintenance window &quot;%1&quot;</source>
        <translation>Wartungsfenster „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New freeze</source>
        <translation>Neuer Freeze</translation>
    </message>
    <message>
        <source>A maintenance window belongs to a service; the plan has none yet.</source>
        <translation>Ein Wartungsfenster gehört zu einem Dienst; der Plan hat noch keinen.</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
</context>
<context>
    <name>Continuity::ChangesPage</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>New Change</source>
        <translation>Neue Änderung</translation>
    </message>
    <message>
        <source>Delete Change</source>
        <translation>Änderung löschen</translation>
    </message>
    <message>
        <source>A plain-language summary of the change for the business: which processes may be affected, when, and the fallback</source>
        <translation>Eine Zusammenfassung der Änderung in einfachen Worten für das Geschäft: welche Prozesse betroffen sein können, wann, und der Rückfall</translation>
    </message>
    <message>
        <source>The stakeholder notice is on the clipboard.</source>
        <translation>Der Hinweis für Betroffene ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>K&amp;lasse:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Nächste 90 Tage</translation>
    </message>
    <message>
        <source>Past 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht eingeplant</translation>
    </message>
    <message>
        <source>Filter by id, title or target</source>
        <translation>Nach ID, Titel oder Ziel filtern</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Blocked by a freeze, conflicts, missing controls</source>
        <translation>Durch Freeze gesperrt, Konflikte, fehlende Kontrollen</translation>
    </message>
    <message>
        <source>No change selected. New Change records one.</source>
        <translation>Keine Änderung ausgewählt. „Neue Änderung“ legt eine an.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Edit the change&apos;s title</source>
        <translation>Titel der Änderung bearbeiten</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Change the change&apos;s class</source>
        <translation>Klasse der Änderung ändern</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Change the change&apos;s mode</source>
        <translation>Art der Änderung ändern</translation>
    </message>
    <message>
        <source>Outage: all targets down for the window</source>
        <translation>Ausfall: alle Ziele im Zeitfenster außer Betrieb</translation>
    </message>
    <message>
        <source>Rolling: one target at a time</source>
        <translation>Rollierend: ein Ziel nach dem anderen</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>Geplanter &amp;Beginn:</translation>
    </message>
    <message>
        <source>Change the planned start</source>
        <translation>Geplanten Beginn ändern</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Geplantes &amp;Ende:</translation>
    </message>
    <message>
        <source>Change the planned end</source>
        <translation>Geplantes Ende ändern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a target to the change</source>
        <translation>Ziel zur Änderung hinzufügen</translation>
    </message>
    <message>
        <source>Remove a target from the change</source>
        <translation>Ziel aus der Änderung entfernen</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>&amp;Implementer:</source>
        <translation>&amp;Umsetzende Person:</translation>
    </message>
    <message>
        <source>Change the implementer</source>
        <translation>Umsetzende Person ändern</translation>
    </message>
    <message>
        <source>&amp;Peer reviewer:</source>
        <translation>&amp;Prüfperson:</translation>
    </message>
    <message>
        <source>Change the peer reviewer</source>
        <translation>Prüfperson ändern</translation>
    </message>
    <message>
        <source>&amp;Backout runbook:</source>
        <translation>&amp;Rückfall-Runbook:</translation>
    </message>
    <message>
        <source>Change the backout runbook</source>
        <translation>Rückfall-Runbook ändern</translation>
    </message>
    <message>
        <source>Backout &amp;plan:</source>
        <translation>Rückfall&amp;plan:</translation>
    </message>
    <message>
        <source>Edit the backout plan</source>
        <translation>Rückfallplan bearbeiten</translation>
    </message>
    <message>
        <source>CAB &amp;decision:</source>
        <translation>CAB-&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>Change the CAB decision</source>
        <translation>CAB-Entscheidung ändern</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht behandelt</translation>
    </message>
    <message>
        <source>CAB date:</source>
        <translation>CAB-Datum:</translation>
    </message>
    <message>
        <source>Change the CAB date</source>
        <translation>CAB-Datum ändern</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Change the outcome</source>
        <translation>Ergebnis ändern</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>E&amp;xternal ref.:</source>
        <translation>E&amp;xterne Ref.:</translation>
    </message>
    <message>
        <source>Edit the change&apos;s external reference</source>
        <translation>Externe Referenz der Änderung bearbeiten</translation>
    </message>
    <message>
        <source>the ticket elsewhere</source>
        <translation>das Ticket anderswo</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Edit the change&apos;s description</source>
        <translation>Beschreibung der Änderung bearbeiten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Processes hit</source>
        <translation>Betroffene Prozesse</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Loss/h</source>
        <translation>Verlust/h</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Wirkungsbereich</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (Rolle)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Being assessed</source>
        <translation>Wird bewertet</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Blocked by a freeze</source>
        <translation>Durch einen Freeze gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <comment>controls</comment>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing controls: %1</source>
        <translation>Fehlende Kontrollen: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Being assessed…</source>
        <translation>Wird bewertet …</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message numerus="yes">
        <source>Impact %1 of 4, probability %2: %n closed change(s) on its targets in the year before, %3 failed.</source>
        <translation>
            <numerusform>Auswirkung %1 von 4, Wahrscheinlichkeit %2: %n abgeschlossene Änderung an ihren Zielen im Jahr davor, %3 davon gescheitert.</numerusform>
            <numerusform>Auswirkung %1 von 4, Wahrscheinlichkeit %2: %n abgeschlossene Änderungen an ihren Zielen im Jahr davor, %3 davon gescheitert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised a level: a target is a single point of failure of a tier 0 or 1 process or service.</source>
        <translation>Eine Stufe höher: ein Ziel ist einzelner Ausfallpunkt eines Prozesses oder Dienstes der Stufe 0 oder 1.</translation>
    </message>
    <message>
        <source>Raised a level: a node it takes down has less than a quarter of its error budget left.</source>
        <translation>Eine Stufe höher: ein Knoten, den sie ausfallen lässt, hat weniger als ein Viertel seines Fehlerbudgets übrig.</translation>
    </message>
    <message>
        <source>Blocked: the window falls in the freeze %1. Only an emergency change may go ahead.</source>
        <translation>Gesperrt: das Zeitfenster fällt in den Freeze %1. Nur eine Notfalländerung darf stattfinden.</translation>
    </message>
    <message>
        <source>In the freeze %1, allowed as an emergency change.</source>
        <translation>Im Freeze %1, als Notfalländerung zulässig.</translation>
    </message>
    <message>
        <source>Not scheduled yet: freezes and conflicts are checked once it has a planned start and end.</source>
        <translation>Noch nicht eingeplant: Freezes und Konflikte werden geprüft, sobald Beginn und Ende geplant sind.</translation>
    </message>
    <message>
        <source>No freeze blocks it.</source>
        <translation>Kein Freeze sperrt sie.</translation>
    </message>
    <message>
        <source>Worst tier: %1. Loss exposure: %2. Worst outage with backout: %3. Headroom to the tightest RTO: %4.</source>
        <translation>Kritischste Stufe: %1. Verlustrisiko: %2. Längster Ausfall mit Rückfall: %3. Reserve zur knappsten RTO: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 zu wenig</translation>
    </message>
    <message>
        <source>no RTO</source>
        <translation>keine RTO</translation>
    </message>
    <message>
        <source>No controls missing.</source>
        <translation>Keine Kontrollen fehlen.</translation>
    </message>
    <message>
        <source>Missing controls:</source>
        <translation>Fehlende Kontrollen:</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>geplanter Beginn</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>geplantes Ende</translation>
    </message>
    <message>
        <source>%1: write a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>%1: Datum und Uhrzeit als JJJJ-MM-TT HH:MM schreiben.</translation>
    </message>
    <message>
        <source>Change Not Moved</source>
        <translation>Änderung nicht verschoben</translation>
    </message>
    <message>
        <source>%1 cannot move to %2:</source>
        <translation>%1 kann nicht zu %2 wechseln:</translation>
    </message>
    <message>
        <source>Move change %1 to %2</source>
        <translation>Änderung %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Scheduled as an emergency change; add the missing controls afterwards (check lists them until then).</source>
        <translation>Als Notfalländerung eingeplant; ergänzen Sie die fehlenden Kontrollen danach (die Prüfung listet sie bis dahin).</translation>
    </message>
    <message>
        <source>at a time not fixed yet</source>
        <translation>zu einem noch nicht festgelegten Zeitpunkt</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Planned change: %1</source>
        <translation>Geplante Änderung: %1</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Wann: %1.</translation>
    </message>
    <message>
        <source>Business processes affected: none expected.</source>
        <translation>Betroffene Geschäftsprozesse: keine erwartet.</translation>
    </message>
    <message>
        <source>May be unavailable: %1.</source>
        <translation>Möglicherweise nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>May be slower or limited: %1.</source>
        <translation>Möglicherweise langsamer oder eingeschränkt: %1.</translation>
    </message>
    <message>
        <source>the rehearsed backout procedure &quot;%1&quot;</source>
        <translation>das geübte Rückfallverfahren „%1“</translation>
    </message>
    <message>
        <source>If it goes wrong: %1.</source>
        <translation>Wenn es schiefgeht: %1.</translation>
    </message>
    <message>
        <source>the team restores the previous state</source>
        <translation>das Team stellt den vorherigen Zustand wieder her</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Referenz: %1.</translation>
    </message>
    <message>
        <source>New change</source>
        <translation>Neue Änderung</translation>
    </message>
    <message>
        <source>Delete change %1, &quot;%2&quot;? Undo brings it back.</source>
        <translation>Änderung %1, „%2“, löschen? Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Change advisory board</source>
        <translation>Change Advisory Board</translation>
    </message>
    <message>
        <source>cab-pack</source>
        <translation>cab-unterlagen</translation>
    </message>
    <message>
        <source>Export the CAB Pack as PDF</source>
        <translation>CAB-Unterlagen als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Freezes &amp;&amp; Maintenance Windows…</source>
        <translation>Freezes &amp;&amp; Wartungsfenster …</translation>
    </message>
    <message>
        <source>The freeze windows that block changes and the windows in which changes may happen or suppliers are down</source>
        <translation>Die Freeze-Zeiträume, die Änderungen sperren, und die Fenster, in denen Änderungen stattfinden dürfen oder Lieferanten nicht verfügbar sind</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>Caused incidents</source>
        <translation>Verursachte Vorfälle</translation>
    </message>
    <message>
        <source>Median days from raising a change to its planned start</source>
        <translation>Median der Tage vom Beantragen einer Änderung bis zu ihrem geplanten Beginn</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Changes per month by class, and the share that succeeded</source>
        <translation>Änderungen pro Monat nach Klasse und der Anteil, der gelang</translation>
    </message>
    <message>
        <source>Stakeholder Notice…</source>
        <translation>Information für Betroffene…</translation>
    </message>
    <message>
        <source>The blast radius: the targets on the left, what depends on them on the right; down in red, degraded in amber.</source>
        <translation>Der Wirkungsbereich: links die Ziele, rechts, was von ihnen abhängt; ausgefallen in Rot, beeinträchtigt in Gelb.</translation>
    </message>
    <message>
        <source>Stakeholder Notice for %1</source>
        <translation>Information für Betroffene zu %1</translation>
    </message>
    <message>
        <source>For the people outside IT the change may affect: copy it into mail or chat, or print it.</source>
        <translation>Für die Menschen außerhalb der IT, die die Änderung betreffen kann: in eine E-Mail oder einen Chat kopieren oder drucken.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Stakeholder notice</source>
        <translation>Information für Betroffene</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Export the Stakeholder Notice as PDF</source>
        <translation>Information für Betroffene als PDF exportieren</translation>
    </message>
    <message>
        <source>Changes in their risk&apos;s colour; blue bands: freezes; green: agreed maintenance; purple: supplier maintenance; teal: exercises; red dashes: changes that collide; ⚠: in a freeze. Drag a change to move it.</source>
        <translation>Änderungen in der Farbe ihres Risikos; blaue Bänder: Freezes; grün: vereinbarte Wartung; violett: Wartung von Lieferanten; petrol: Übungen; rote Striche: Änderungen, die kollidieren; ⚠: in einem Freeze. Ziehen Sie eine Änderung, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>Continuity::CmdbImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1:%2: the CI list has no &quot;%3&quot; column (it needs sys_id, name and sys_class_name)</source>
        <translation>%1:%2: die CI-Liste hat keine Spalte „%3“ (sie braucht sys_id, name und sys_class_name)</translation>
    </message>
    <message>
        <source>%1:%2: the relationship list needs the columns parent, type and child (or parent.sys_id and child.sys_id)</source>
        <translation>%1:%2: die Beziehungsliste braucht die Spalten parent, type und child (oder parent.sys_id und child.sys_id)</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2</source>
        <translation>hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 GiB; split the export</source>
        <translation>%1: Die Datei ist größer als %2 GiB; teilen Sie den Export auf</translation>
    </message>
    <message>
        <source>sys_id and name must not be empty</source>
        <translation>sys_id und name dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>sys_id %1 is listed twice (first on line %2)</source>
        <translation>sys_id %1 ist doppelt aufgeführt (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>busines_criticality &quot;%1&quot; is not one of &quot;1 - most critical&quot; .. &quot;4 - not critical&quot;</source>
        <translation>busines_criticality „%1“ ist keiner der Werte „1 - most critical“ .. „4 - not critical“</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is the name of %3 CIs; give its sys_id</source>
        <translation>%1 „%2“ ist der Name von %3 CIs; geben Sie seine sys_id an</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in the CI list</source>
        <translation>%1 „%2“ steht nicht in der CI-Liste</translation>
    </message>
    <message>
        <source>%1 %2 is not in the CI list</source>
        <translation>%1 %2 steht nicht in der CI-Liste</translation>
    </message>
    <message>
        <source>refers to a CI whose row could not be imported</source>
        <translation>verweist auf ein CI, dessen Zeile nicht importiert werden konnte</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(ohne Typ)</translation>
    </message>
    <message>
        <source>(with a CI left out)</source>
        <translation>(mit einem ausgelassenen CI)</translation>
    </message>
    <message>
        <source>a CI cannot depend on itself (%1)</source>
        <translation>ein CI kann nicht von sich selbst abhängen (%1)</translation>
    </message>
    <message>
        <source>The import would make a plan that breaks its rules (%1); nothing was changed.</source>
        <translation>Der Import ergäbe einen Plan, der gegen seine Regeln verstößt (%1); es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Continuity::CmdbImportWizard</name>
    <message>
        <source>parent depends on child (hard)</source>
        <translation>Parent hängt vom Child ab (hart)</translation>
    </message>
    <message>
        <source>child depends on parent (hard)</source>
        <translation>Child hängt vom Parent ab (hart)</translation>
    </message>
    <message>
        <source>parent needs 1 of its children (group)</source>
        <translation>Parent braucht 1 seiner Children (Gruppe)</translation>
    </message>
    <message>
        <source>child depends on parent (soft)</source>
        <translation>Child hängt vom Parent ab (weich)</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorieren</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>auslassen</translation>
    </message>
    <message>
        <source>Import from a CMDB</source>
        <translation>Aus einer CMDB importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The exports</source>
        <translation>Die Exporte</translation>
    </message>
    <message>
        <source>A ServiceNow CI list and its relationship list (cmdb_rel_ci), as CSV. A newer export of the same CMDB updates what an earlier import added, matched by sys_id.</source>
        <translation>Eine ServiceNow-CI-Liste und ihre Beziehungsliste (cmdb_rel_ci) als CSV. Ein neuerer Export derselben CMDB aktualisiert, was ein früherer Import hinzugefügt hat, zugeordnet über sys_id.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;CI list:</source>
        <translation>&amp;CI-Liste:</translation>
    </message>
    <message>
        <source>CI List Export</source>
        <translation>Export der CI-Liste</translation>
    </message>
    <message>
        <source>&amp;Relationships:</source>
        <translation>&amp;Beziehungen:</translation>
    </message>
    <message>
        <source>Relationship Export</source>
        <translation>Export der Beziehungen</translation>
    </message>
    <message>
        <source>Columns: sys_id, name, sys_class_name and optionally busines_criticality, location, owned_by, support_group, operational_status; relationships: parent, type, child (or parent.sys_id, child.sys_id).</source>
        <translation>Spalten: sys_id, name, sys_class_name und optional busines_criticality, location, owned_by, support_group, operational_status; Beziehungen: parent, type, child (oder parent.sys_id, child.sys_id).</translation>
    </message>
    <message>
        <source>The mapping</source>
        <translation>Die Zuordnung</translation>
    </message>
    <message>
        <source>How CIs and relationships become services and dependencies. Saved in the plan with the import, so that next month&apos;s import maps the same.</source>
        <translation>Wie CIs und Beziehungen zu Diensten und Abhängigkeiten werden. Mit dem Import im Plan gespeichert, damit der Import im nächsten Monat gleich zuordnet.</translation>
    </message>
    <message>
        <source>Class (* matches any text)</source>
        <translation>Klasse (* passt auf jeden Text)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Beziehungstyp</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>The first matching rule gives a CI its kind; &quot;leave out&quot; does not import the class. A class no rule matches becomes an application.</source>
        <translation>Die erste passende Regel gibt einem CI seine Art; „auslassen“ importiert die Klasse nicht. Eine Klasse, auf die keine Regel passt, wird eine Anwendung.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Types not listed are ignored and counted. Several relationships between the same two CIs make one dependency.</source>
        <translation>Nicht aufgeführte Typen werden ignoriert und gezählt. Mehrere Beziehungen zwischen denselben zwei CIs ergeben eine Abhängigkeit.</translation>
    </message>
    <message>
        <source>busines_criticality values and the tier each gives (0 most critical).</source>
        <translation>Werte von busines_criticality und die Stufe, die jeder ergibt (0 am kritischsten).</translation>
    </message>
    <message>
        <source>Load Mapping File…</source>
        <translation>Zuordnungsdatei laden…</translation>
    </message>
    <message>
        <source>Save Mapping File…</source>
        <translation>Zuordnungsdatei speichern…</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Was der Import tun wird</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Leave the bad rows out and import the rest</source>
        <translation>Fehlerhafte Zeilen auslassen und den Rest importieren</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file that can be read.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Criticality row %1: the tier must be 0, 1, 2 or 3.</source>
        <translation>Kritikalität, Zeile %1: die Stufe muss 0, 1, 2 oder 3 sein.</translation>
    </message>
    <message>
        <source>Load Mapping File</source>
        <translation>Zuordnungsdatei laden</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Zuordnungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save Mapping File</source>
        <translation>Zuordnungsdatei speichern</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Zuordnungsdateien (*.json)</translation>
    </message>
    <message>
        <source>Reading and mapping the exports…</source>
        <translation>Exporte werden gelesen und zugeordnet…</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Ready to import. Import writes it all as one step that Undo takes back.</source>
        <translation>Bereit zum Import. Importieren schreibt alles in einem Schritt, den Rückgängig zurücknimmt.</translation>
    </message>
    <message>
        <source>Bad rows: %1. Fix them in the exports and go Back, or leave them out below.</source>
        <translation>Fehlerhafte Zeilen: %1. Korrigieren Sie sie in den Exporten und gehen Sie zurück, oder lassen Sie sie unten aus.</translation>
    </message>
    <message>
        <source>Services: %1 added, %2 changed, %3 removed, %4 unchanged.</source>
        <translation>Dienste: %1 hinzugefügt, %2 geändert, %3 entfernt, %4 unverändert.</translation>
    </message>
    <message>
        <source>Dependencies: %1 added, %2 removed.</source>
        <translation>Abhängigkeiten: %1 hinzugefügt, %2 entfernt.</translation>
    </message>
    <message>
        <source>CIs left out by their class: %1.</source>
        <translation>Nach ihrer Klasse ausgelassene CIs: %1.</translation>
    </message>
    <message>
        <source>Relationships ignored: %1 × %2.</source>
        <translation>Ignorierte Beziehungen: %1 × %2.</translation>
    </message>
    <message>
        <source>The first %1 of %2 changed services are listed.</source>
        <translation>Die ersten %1 von %2 geänderten Diensten sind aufgeführt.</translation>
    </message>
    <message>
        <source>Writing the plan…</source>
        <translation>Der Plan wird geschrieben…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Import from CMDB (%1 added, %2 changed, %3 removed)</source>
        <translation>Import aus CMDB (%1 hinzugefügt, %2 geändert, %3 entfernt)</translation>
    </message>
    <message>
        <source>The plan is busy; try again.</source>
        <translation>Der Plan wird gerade geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Imported: %1 services added, %2 changed, %3 removed.</source>
        <translation>Importiert: %1 Dienste hinzugefügt, %2 geändert, %3 entfernt.</translation>
    </message>
</context>
<context>
    <name>Continuity::CmdbMapping</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>format: must be &quot;continuity-cmdb-mapping&quot;</source>
        <translation>format: muss „continuity-cmdb-mapping“ sein</translation>
    </message>
    <message>
        <source>version: this Continuity reads mapping version 1</source>
        <translation>version: dieses Continuity liest Zuordnungsversion 1</translation>
    </message>
    <message>
        <source>classes: must be an array</source>
        <translation>classes: muss ein Array sein</translation>
    </message>
    <message>
        <source>%1: needs &quot;class&quot; and &quot;kind&quot;</source>
        <translation>%1: braucht „class“ und „kind“</translation>
    </message>
    <message>
        <source>%1.kind: must be a service kind (%2) or null</source>
        <translation>%1.kind: muss eine Dienstart (%2) oder null sein</translation>
    </message>
    <message>
        <source>defaultKind: must be a service kind (%1)</source>
        <translation>defaultKind: muss eine Dienstart sein (%1)</translation>
    </message>
    <message>
        <source>relationships.%1: must be one of parent-depends-on-child, child-depends-on-parent, parent-needs-one-of-children, child-soft-depends-on-parent, ignore</source>
        <translation>relationships.%1: muss einer der Werte parent-depends-on-child, child-depends-on-parent, parent-needs-one-of-children, child-soft-depends-on-parent, ignore sein</translation>
    </message>
    <message>
        <source>criticality.%1: must be a tier from 0 to 3</source>
        <translation>criticality.%1: muss eine Stufe von 0 bis 3 sein</translation>
    </message>
    <message>
        <source>%1: is not a known field</source>
        <translation>%1: ist kein bekanntes Feld</translation>
    </message>
</context>
<context>
    <name>Continuity::CommitmentDialog</name>
    <message>
        <source>Add Commitment</source>
        <translation>Zusage hinzufügen</translation>
    </message>
    <message>
        <source>Edit Commitment %1</source>
        <translation>Zusage %1 bearbeiten</translation>
    </message>
    <message>
        <source>Who was promised it</source>
        <translation>Wem sie gegeben wurde</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>What a missed hour costs under the commitment</source>
        <translation>Was eine verfehlte Stunde nach der Zusage kostet</translation>
    </message>
    <message>
        <source>The contract or SLA document</source>
        <translation>Der Vertrag oder das SLA-Dokument</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Process or service:</source>
        <translation>&amp;Prozess oder Dienst:</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Verfügbarkeit:</translation>
    </message>
    <message>
        <source>&amp;RTO:</source>
        <translation>&amp;RTO:</translation>
    </message>
    <message>
        <source>Penalty per hour:</source>
        <translation>Vertragsstrafe je Stunde:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Edit commitment &quot;%1&quot;</source>
        <translation>Zusage „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Continuity::CommitmentsPanel</name>
    <message>
        <source>Add Commitment…</source>
        <translation>Zusage hinzufügen…</translation>
    </message>
    <message>
        <source>What a customer was promised about a process or a service</source>
        <translation>Was einem Kunden über einen Prozess oder Dienst zugesagt wurde</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected commitment</source>
        <translation>Die ausgewählte Zusage ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected commitment</source>
        <translation>Die ausgewählte Zusage löschen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Prozess oder Dienst</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Penalty per hour</source>
        <translation>Strafe je Stunde</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Kept by the plan&apos;s SLO and RTO</source>
        <translation>Durch SLO und RTO des Plans gedeckt</translation>
    </message>
    <message>
        <source>Delete Commitment</source>
        <translation>Zusage löschen</translation>
    </message>
    <message>
        <source>Delete the commitment %1?</source>
        <translation>Die Zusage %1 löschen?</translation>
    </message>
    <message>
        <source>the SLO is weaker</source>
        <translation>das SLO ist schwächer</translation>
    </message>
    <message>
        <source>the RTO is longer</source>
        <translation>die RTO ist länger</translation>
    </message>
    <message>
        <source>no SLO keeps it</source>
        <translation>kein SLO deckt sie</translation>
    </message>
</context>
<context>
    <name>Continuity::CompliancePage</name>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (akzeptiert)</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>The day the controls are evaluated for</source>
        <translation>Der Tag, für den die Kontrollen bewertet werden</translation>
    </message>
    <message>
        <source>Status on:</source>
        <translation>Stand am:</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Add Control…</source>
        <translation>Kontrolle hinzufügen …</translation>
    </message>
    <message>
        <source>A control, the requirements it answers and how it is evidenced</source>
        <translation>Eine Kontrolle, die Anforderungen, die sie erfüllt, und wie sie nachgewiesen wird</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected control</source>
        <translation>Die ausgewählte Kontrolle ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected control</source>
        <translation>Die ausgewählte Kontrolle löschen</translation>
    </message>
    <message>
        <source>Attach Evidence…</source>
        <translation>Nachweis anhängen …</translation>
    </message>
    <message>
        <source>A file that evidences the selected control; its SHA-256 is kept</source>
        <translation>Eine Datei als Nachweis der ausgewählten Kontrolle; ihr SHA-256 wird festgehalten</translation>
    </message>
    <message>
        <source>Accept Risk…</source>
        <translation>Risiko akzeptieren …</translation>
    </message>
    <message>
        <source>Accept the selected failing control for a while (an exception)</source>
        <translation>Die ausgewählte, nicht erfüllte Kontrolle befristet akzeptieren (eine Ausnahme)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Accounts reviewed</source>
        <translation>Geprüfte Konten</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record Access Review…</source>
        <translation>Zugriffsprüfung erfassen …</translation>
    </message>
    <message>
        <source>Who reviewed the accounts of a service, when, and what was removed</source>
        <translation>Wer die Konten eines Dienstes wann geprüft hat und was entfernt wurde</translation>
    </message>
    <message>
        <source>Delete the selected access review</source>
        <translation>Die ausgewählte Zugriffsprüfung löschen</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Akzeptiert wird</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Compensating control</source>
        <translation>Ausgleichende Kontrolle</translation>
    </message>
    <message>
        <source>Accept a Finding…</source>
        <translation>Befund akzeptieren …</translation>
    </message>
    <message>
        <source>Accept an error or warning of the plan&apos;s check for a while</source>
        <translation>Einen Fehler oder eine Warnung der Planprüfung befristet akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the selected exception: its finding counts again</source>
        <translation>Die ausgewählte Ausnahme zurückziehen: ihr Befund zählt wieder</translation>
    </message>
    <message>
        <source>Access Reviews</source>
        <translation>Zugriffsprüfungen</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Delete Access Review</source>
        <translation>Zugriffsprüfung löschen</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 attached to %2 (SHA-256 %3…)</source>
        <translation>%1 an %2 angehängt (SHA-256 %3 …)</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Wird bewertet …</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Keine Kontrolle</translation>
    </message>
    <message>
        <source>%1 of %2 controls effective, %3 failing; %4 of %5 requirements answered by a control</source>
        <translation>%1 von %2 Kontrollen wirksam, %3 nicht erfüllt; %4 von %5 Anforderungen durch eine Kontrolle abgedeckt</translation>
    </message>
    <message>
        <source>Select a control to see what proves or fails it.</source>
        <translation>Wählen Sie eine Kontrolle, um zu sehen, was sie belegt oder verfehlt.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 to %4)</source>
        <translation>%1 – %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>Accepted by exception %1.</source>
        <translation>Akzeptiert durch Ausnahme %1.</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Kontrolle %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Delete Control</source>
        <translation>Kontrolle löschen</translation>
    </message>
    <message>
        <source>Delete the control %1? Its evidence files and exceptions stay as records.</source>
        <translation>Die Kontrolle %1 löschen? Ihre Nachweisdateien und Ausnahmen bleiben als Aufzeichnungen erhalten.</translation>
    </message>
    <message>
        <source>Attach Evidence to %1</source>
        <translation>Nachweis an %1 anhängen</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Jede Datei (*)</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1…</source>
        <translation>SHA-256 von %1 wird berechnet …</translation>
    </message>
    <message>
        <source>Accept a Finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <source>The plan&apos;s check has no error or warning left to accept.</source>
        <translation>Die Planprüfung hat keinen Fehler und keine Warnung mehr, die sich akzeptieren ließen.</translation>
    </message>
    <message>
        <source>The finding to accept:</source>
        <translation>Zu akzeptierender Befund:</translation>
    </message>
    <message>
        <source>Withdraw Exception</source>
        <translation>Ausnahme zurückziehen</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>Status der Kontrollen</translation>
    </message>
    <message>
        <source>control-status</source>
        <translation>kontrollstatus</translation>
    </message>
    <message>
        <source>Export the Control Status as PDF</source>
        <translation>Status der Kontrollen als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Executive Report…</source>
        <translation>Bericht für die Leitung …</translation>
    </message>
    <message>
        <source>Availability and resilience for the board, the twelve months up to the date shown, as PDF</source>
        <translation>Verfügbarkeit und Resilienz für die Leitung, die zwölf Monate bis zum angezeigten Tag, als PDF</translation>
    </message>
    <message>
        <source>executive-report</source>
        <translation>leitungsbericht</translation>
    </message>
    <message>
        <source>Export the Executive Report as PDF</source>
        <translation>Bericht für die Leitung als PDF exportieren</translation>
    </message>
    <message>
        <source>Availability and resilience</source>
        <translation>Verfügbarkeit und Resilienz</translation>
    </message>
    <message>
        <source>Evidence Pack…</source>
        <translation>Nachweispaket …</translation>
    </message>
    <message>
        <source>The auditor&apos;s evidence pack for the twelve months up to the date shown: reports, extracts and attached evidence with a manifest of SHA-256s, as ZIP</source>
        <translation>Das Nachweispaket für Prüfer für die zwölf Monate bis zum angezeigten Tag: Berichte, Auszüge und angehängte Nachweise mit einem Manifest der SHA-256-Werte, als ZIP</translation>
    </message>
    <message>
        <source>Not in the pack: %1</source>
        <translation>Nicht im Paket: %1</translation>
    </message>
    <message>
        <source>Evidence Pack</source>
        <translation>Nachweispaket</translation>
    </message>
    <message>
        <source>evidence-pack</source>
        <translation>nachweispaket</translation>
    </message>
    <message>
        <source>Write the Evidence Pack</source>
        <translation>Nachweispaket schreiben</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>Das Nachweispaket wird geschrieben …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrote the evidence pack (%1 files) to %2</source>
        <translation>Nachweispaket (%1 Dateien) nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
</context>
<context>
    <name>Continuity::ContactNames</name>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person or role of the plan yet. Add them, so that their phones and rota can be kept, or keep the name as text?</source>
        <translation>„%1“ ist noch keine Person oder Rolle des Plans. Hinzufügen, damit Telefonnummern und Dienstplan gepflegt werden können, oder den Namen als Text behalten?</translation>
    </message>
    <message>
        <source>Add as a Person</source>
        <translation>Als Person hinzufügen</translation>
    </message>
    <message>
        <source>Add as a Role</source>
        <translation>Als Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Keep as Text</source>
        <translation>Als Text behalten</translation>
    </message>
</context>
<context>
    <name>Continuity::ContactSheet</name>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>no phone in the plan</source>
        <translation>keine Telefonnummer im Plan</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>Printed %1 — check who is on call if later</source>
        <translation>Gedruckt %1 – später prüfen, wer Bereitschaft hat</translation>
    </message>
    <message>
        <source>Everyone the plan names, by what they own</source>
        <translation>Alle im Plan genannten Personen, nach Verantwortung</translation>
    </message>
    <message numerus="yes">
        <source>If %1 is lost: %n process(es) and service(s) down</source>
        <translation>
            <numerusform>Bei Ausfall von %1: %n Prozess oder Dienst ausgefallen</numerusform>
            <numerusform>Bei Ausfall von %1: %n Prozesse und Dienste ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>Who to call, in this order</source>
        <translation>Wen anrufen, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>No person or role of the plan owns or recovers what is affected.</source>
        <translation>Keine Person und keine Rolle des Plans verantwortet oder stellt wieder her, was betroffen ist.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Role or person</source>
        <translation>Rolle oder Person</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>in Bereitschaft</translation>
    </message>
    <message>
        <source>%1 min: %2</source>
        <translation>%1 min: %2</translation>
    </message>
    <message>
        <source>Escalate: </source>
        <translation>Eskalieren: </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Call trees</source>
        <translation>Alarmierungsketten</translation>
    </message>
    <message>
        <source>%1 (everyone within %2 min)</source>
        <translation>%1 (alle innerhalb von %2 min)</translation>
    </message>
    <message>
        <source>Reached after</source>
        <translation>Erreicht nach</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>External contacts</source>
        <translation>Externe Kontakte</translation>
    </message>
</context>
<context>
    <name>Continuity::ContinuityPlan</name>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>tier %1 · %2</source>
        <translation>Stufe %1 · %2</translation>
    </message>
    <message>
        <source>Dependency map, rows %1 to %2 of %3: %4</source>
        <translation>Abhängigkeitskarte, Zeilen %1 bis %2 von %3: %4</translation>
    </message>
    <message>
        <source>↓ continues</source>
        <translation>↓ weiter</translation>
    </message>
    <message>
        <source>--scope must be site:ID or process:ID[,ID...] (not &quot;%1&quot;)</source>
        <translation>--scope must be site:ID or process:ID[,ID...] (not &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>there is no site with the id &quot;%1&quot;</source>
        <translation>es gibt keinen Standort mit der ID „%1“</translation>
    </message>
    <message>
        <source>there is no process with the id &quot;%1&quot;</source>
        <translation>es gibt keinen Prozess mit der ID „%1“</translation>
    </message>
    <message>
        <source>--scope site: takes one site</source>
        <translation>--scope site: takes one site</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>Notfallhandbuch</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message numerus="yes">
        <source>Everything a loss of %1 takes down: %n process(es).</source>
        <translation>
            <numerusform>Alles, was ein Ausfall von %1 lahmlegt: %n Prozess.</numerusform>
            <numerusform>Alles, was ein Ausfall von %1 lahmlegt: %n Prozesse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole plan: %n process(es) and the services they need.</source>
        <translation>
            <numerusform>Der ganze Plan: %n Prozess und die Dienste, die er braucht.</numerusform>
            <numerusform>Der ganze Plan: %n Prozesse und die Dienste, die sie brauchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>These processes and the services they need: %1.</source>
        <translation>Diese Prozesse und die Dienste, die sie brauchen: %1.</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Dokumentenlenkung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Planverantwortlich</translation>
    </message>
    <message>
        <source>Approved by, on</source>
        <translation>Freigegeben von, am</translation>
    </message>
    <message>
        <source>Next review by</source>
        <translation>Nächste Prüfung bis</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungshistorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Purpose and scope</source>
        <translation>Zweck und Geltungsbereich</translation>
    </message>
    <message>
        <source>This plan says how the organisation keeps the processes below running, or brings them back within their targets, when they are disrupted: who decides, who is called, what is recovered in which order and with which runbook. It is printed from the continuity plan &quot;%1&quot;; the plan file is the reference, this document a copy of it on the date printed.</source>
        <translation>Dieser Plan beschreibt, wie die Organisation die folgenden Prozesse bei einer Störung am Laufen hält oder innerhalb ihrer Ziele wiederherstellt: wer entscheidet, wer angerufen wird, was in welcher Reihenfolge und mit welchem Runbook wiederhergestellt wird. Er ist aus dem Kontinuitätsplan „%1“ gedruckt; maßgeblich ist die Plandatei, dieses Dokument ist eine Kopie zum Druckdatum.</translation>
    </message>
    <message>
        <source>Activation criteria</source>
        <translation>Aktivierungskriterien</translation>
    </message>
    <message>
        <source>Declare an incident under this plan when a disruption of a process below is expected to last longer than half its maximum tolerable downtime (MTD), or when a site, supplier or service it needs is lost with no estimate of return.</source>
        <translation>Rufen Sie einen Vorfall nach diesem Plan aus, wenn eine Störung eines der folgenden Prozesse voraussichtlich länger als die Hälfte seiner maximal tolerierbaren Ausfallzeit (MTD) dauert oder wenn ein Standort, Lieferant oder benötigter Dienst ohne absehbare Rückkehr ausfällt.</translation>
    </message>
    <message>
        <source>Who may declare: the plan names no call tree yet; name the roles that may declare here.</source>
        <translation>Wer ausrufen darf: Der Plan nennt noch keine Alarmierungskette; nennen Sie hier die Rollen, die ausrufen dürfen.</translation>
    </message>
    <message>
        <source>Who may declare: %1 (the first callers of the plan&apos;s call trees).</source>
        <translation>Wer ausrufen darf: %1 (die ersten Anrufer der Alarmierungsketten des Plans).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>Declare when expected to exceed</source>
        <translation>Ausrufen, wenn voraussichtlich länger als</translation>
    </message>
    <message>
        <source>no MTD: at once</source>
        <translation>keine MTD: sofort</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rollen und Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>The plan names no roles yet.</source>
        <translation>Der Plan nennt noch keine Rollen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Members (primary first)</source>
        <translation>Mitglieder (Hauptperson zuerst)</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Vertretungen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Call trees</source>
        <translation>Alarmierungsketten</translation>
    </message>
    <message>
        <source>The plan has no call tree yet.</source>
        <translation>Der Plan hat noch keine Alarmierungskette.</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Alarmierungskette</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Calls, in order</source>
        <translation>Ruft an, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>%1 (else %2)</source>
        <translation>%1 (sonst %2)</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>No role has an escalation policy yet.</source>
        <translation>Noch keine Rolle hat eine Eskalationsrichtlinie.</translation>
    </message>
    <message>
        <source>External contacts</source>
        <translation>Externe Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No supplier or regulator contact is recorded.</source>
        <translation>Kein Kontakt bei Lieferanten oder Aufsicht erfasst.</translation>
    </message>
    <message>
        <source>Processes and their targets</source>
        <translation>Prozesse und ihre Ziele</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Recovery strategies</source>
        <translation>Wiederherstellungsstrategien</translation>
    </message>
    <message>
        <source>How each service the processes need is built to survive a loss: where it runs, how its data is copied, and what stands in for it.</source>
        <translation>Wie jeder benötigte Dienst einen Ausfall übersteht: wo er läuft, wie seine Daten kopiert werden und was für ihn einspringt.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Data copied</source>
        <translation>Datenkopie</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redundanz</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>, lag %1</source>
        <translation>, Verzögerung %1</translation>
    </message>
    <message>
        <source>, every %1</source>
        <translation>, alle %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The processes in scope need no service.</source>
        <translation>Die Prozesse im Geltungsbereich brauchen keinen Dienst.</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Processes at the top, what they need below them, nearest first; an arrow points from what needs to what is needed. Soft dependencies are left out.</source>
        <translation>Prozesse oben, darunter, was sie brauchen, das Nächste zuerst; ein Pfeil zeigt vom Nutzer zum Benötigten. Weiche Abhängigkeiten sind weggelassen.</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Teil %1 von %2</translation>
    </message>
    <message>
        <source>Recovery order</source>
        <translation>Wiederherstellungsreihenfolge</translation>
    </message>
    <message>
        <source>No site&apos;s loss takes a process in scope down: there is no worst scenario to order the recovery for.</source>
        <translation>Kein Standortausfall legt einen Prozess im Geltungsbereich lahm: Es gibt kein schlimmstes Szenario, für das die Wiederherstellung zu ordnen wäre.</translation>
    </message>
    <message>
        <source>The worst scenario for this scope: the loss of %1. What comes back in which wave, and when, against its RTO.</source>
        <translation>Das schlimmste Szenario für diesen Geltungsbereich: der Ausfall von %1. Was in welcher Welle und wann zurückkommt, gemessen an seiner RTO.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Prozess oder Dienst</translation>
    </message>
    <message>
        <source>Back after</source>
        <translation>Zurück nach</translation>
    </message>
    <message>
        <source>Against RTO</source>
        <translation>Gegen RTO</translation>
    </message>
    <message>
        <source>MISSED by %1</source>
        <translation>VERFEHLT um %1</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>No runbook for this scope has been approved yet.</source>
        <translation>Für diesen Geltungsbereich ist noch kein Runbook freigegeben.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>The approved versions, each in full on the pages that follow: %1.</source>
        <translation>Die freigegebenen Versionen, jede vollständig auf den folgenden Seiten: %1.</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Last tested</source>
        <translation>Zuletzt getestet</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächster fällig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No tier 0 or 1 service in scope has a test interval in the tier policy.</source>
        <translation>Kein Dienst der Stufe 0 oder 1 im Geltungsbereich hat ein Testintervall in der Stufenrichtlinie.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>Keine offene Maßnahme.</translation>
    </message>
</context>
<context>
    <name>Continuity::ContractDialog</name>
    <message>
        <source>ISO 3166 country code, such as DE</source>
        <translation>Ländercode nach ISO 3166, etwa DE</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Add Contract</source>
        <translation>Vertrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit Contract %1</source>
        <translation>Vertrag %1 bearbeiten</translation>
    </message>
    <message>
        <source>LEI, 20 characters</source>
        <translation>LEI, 20 Zeichen</translation>
    </message>
    <message>
        <source>LEI of the ultimate parent, if another</source>
        <translation>LEI der obersten Muttergesellschaft, falls eine andere</translation>
    </message>
    <message>
        <source>An individual acting in a business capacity</source>
        <translation>Eine natürliche Person, die gewerblich handelt</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <source>Identification &amp;code:</source>
        <translation>Kenn&amp;code:</translation>
    </message>
    <message>
        <source>Type of code:</source>
        <translation>Art des Codes:</translation>
    </message>
    <message>
        <source>Country of headquarters:</source>
        <translation>Land des Hauptsitzes:</translation>
    </message>
    <message>
        <source>Ultimate parent:</source>
        <translation>Oberste Muttergesellschaft:</translation>
    </message>
    <message>
        <source>The contract&apos;s reference number</source>
        <translation>Die Referenznummer des Vertrags</translation>
    </message>
    <message>
        <source>Reference of the overarching contract</source>
        <translation>Referenz des Rahmenvertrags</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Empty while the contract runs without an end date</source>
        <translation>Leer, solange der Vertrag ohne Enddatum läuft</translation>
    </message>
    <message>
        <source>Not terminated</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR</source>
        <translation>Währungscode nach ISO 4217, etwa EUR</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Arrangement:</source>
        <translation>Vereinbarung:</translation>
    </message>
    <message>
        <source>Overarching contract:</source>
        <translation>Rahmenvertrag:</translation>
    </message>
    <message>
        <source>Type of ICT service:</source>
        <translation>Art der IKT-Dienstleistung:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>Reason of termination:</source>
        <translation>Grund der Beendigung:</translation>
    </message>
    <message>
        <source>Our notice period:</source>
        <translation>Unsere Kündigungsfrist:</translation>
    </message>
    <message>
        <source>Supplier&apos;s notice period:</source>
        <translation>Kündigungsfrist des Lieferanten:</translation>
    </message>
    <message>
        <source>Governing law:</source>
        <translation>Anwendbares Recht:</translation>
    </message>
    <message>
        <source>Annual cost:</source>
        <translation>Jährliche Kosten:</translation>
    </message>
    <message>
        <source>The supplier stores our data</source>
        <translation>Der Lieferant speichert unsere Daten</translation>
    </message>
    <message>
        <source>Country of provision:</source>
        <translation>Land der Erbringung:</translation>
    </message>
    <message>
        <source>Data at rest in:</source>
        <translation>Daten gespeichert in:</translation>
    </message>
    <message>
        <source>Data processed in:</source>
        <translation>Daten verarbeitet in:</translation>
    </message>
    <message>
        <source>Sensitivity of the data:</source>
        <translation>Sensibilität der Daten:</translation>
    </message>
    <message>
        <source>Our reliance on it:</source>
        <translation>Unsere Abhängigkeit davon:</translation>
    </message>
    <message>
        <source>As suggested by the plan</source>
        <translation>Wie vom Plan vorgeschlagen</translation>
    </message>
    <message>
        <source>As suggested: %1</source>
        <translation>Wie vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>The register suggests it from the plan: not substitutable when the supplier is a single point of failure of a critical function, easily when it sits in a redundancy group. Choose a value to confirm it.</source>
        <translation>Das Register schlägt sie aus dem Plan vor: nicht ersetzbar, wenn der Lieferant ein Single Point of Failure einer kritischen Funktion ist, leicht, wenn er in einer Redundanzgruppe steht. Wählen Sie einen Wert, um ihn zu bestätigen.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>From the functions it supports</source>
        <translation>Aus den unterstützten Funktionen</translation>
    </message>
    <message>
        <source>Other providers that could take over</source>
        <translation>Andere Anbieter, die übernehmen könnten</translation>
    </message>
    <message>
        <source>Substitutability:</source>
        <translation>Ersetzbarkeit:</translation>
    </message>
    <message>
        <source>Reintegration:</source>
        <translation>Rückführung:</translation>
    </message>
    <message>
        <source>Impact of discontinuing:</source>
        <translation>Auswirkung einer Einstellung:</translation>
    </message>
    <message>
        <source>Last audit of the supplier:</source>
        <translation>Letzte Prüfung des Lieferanten:</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternativen:</translation>
    </message>
    <message>
        <source>24x7, Mon-Fri 08-18, ...</source>
        <translation>24x7, Mo–Fr 08–18, …</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Verfügbarkeit:</translation>
    </message>
    <message>
        <source>Support hours:</source>
        <translation>Supportzeiten:</translation>
    </message>
    <message>
        <source>RTO:</source>
        <translation>RTO:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Service and Data</source>
        <translation>Dienst und Daten</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Edit contract &quot;%1&quot;</source>
        <translation>Vertrag „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Continuity::ContractFindings</name>
    <message>
        <source>Commitment %1 to %2 promises %3 % availability of %4, but its SLO is %5 %. Raise the SLO to the commitment or renegotiate it.</source>
        <translation>Zusage %1 an %2 verspricht %3 % Verfügbarkeit von %4, dessen SLO aber %5 % ist. Heben Sie das SLO auf die Zusage an oder verhandeln Sie sie neu.</translation>
    </message>
    <message>
        <source>Commitment %1 to %2 promises %3 % availability of %4, which has no SLO to keep it. Give it an SLO of at least the commitment.</source>
        <translation>Zusage %1 an %2 verspricht %3 % Verfügbarkeit von %4, das kein SLO hat, das sie deckt. Geben Sie ihm ein SLO von mindestens der Zusage.</translation>
    </message>
    <message>
        <source>Commitment %1 to %2 promises recovery of %3 within %4 h, but its RTO is %5 h. Shorten the RTO to the commitment or renegotiate it.</source>
        <translation>Zusage %1 an %2 verspricht die Wiederherstellung von %3 in %4 h, dessen RTO aber %5 h ist. Verkürzen Sie die RTO auf die Zusage oder verhandeln Sie sie neu.</translation>
    </message>
    <message>
        <source>The SLO of %1 (%2 %) is infeasible with the SLA of %3 (%4 %): with each supplier at its SLA, %1 is available %5 % of the time.</source>
        <translation>Das SLO von %1 (%2 %) ist mit dem SLA von %3 (%4 %) nicht erreichbar: mit jedem Lieferanten auf seinem SLA ist %1 %5 % der Zeit verfügbar.</translation>
    </message>
</context>
<context>
    <name>Continuity::ContractsPanel</name>
    <message>
        <source>Financial Entity…</source>
        <translation>Finanzunternehmen…</translation>
    </message>
    <message>
        <source>The entity the plan describes: name, LEI, country, type, authority, currency, which tiers are critical</source>
        <translation>Das Unternehmen, das der Plan beschreibt: Name, LEI, Land, Art, Aufsicht, Währung, welche Stufen kritisch sind</translation>
    </message>
    <message>
        <source>Export DORA Register…</source>
        <translation>DORA-Register exportieren…</translation>
    </message>
    <message>
        <source>DORA&apos;s register of information as the plain-CSV reporting package (ZIP); refused naming every problem</source>
        <translation>Das DORA-Informationsregister als Plain-CSV-Meldepaket (ZIP); verweigert mit Nennung jedes Problems</translation>
    </message>
    <message>
        <source>Add Contract…</source>
        <translation>Vertrag hinzufügen…</translation>
    </message>
    <message>
        <source>A contract with a supplier: what the register reports and the SLA</source>
        <translation>Ein Vertrag mit einem Lieferanten: was das Register meldet, und das SLA</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected contract</source>
        <translation>Den ausgewählten Vertrag ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected contract</source>
        <translation>Den ausgewählten Vertrag löschen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>ICT service</source>
        <translation>IKT-Dienstleistung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jährl. Kosten</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Substitutability</source>
        <translation>Ersetzbarkeit</translation>
    </message>
    <message>
        <source>No financial entity described: DORA&apos;s register needs its name and LEI.</source>
        <translation>Kein Finanzunternehmen beschrieben: das DORA-Register braucht seinen Namen und LEI.</translation>
    </message>
    <message>
        <source>%1 · LEI %2 · %3 · %4</source>
        <translation>%1 · LEI %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>type not said</source>
        <translation>Art nicht angegeben</translation>
    </message>
    <message>
        <source>country not said</source>
        <translation>Land nicht angegeben</translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>vorgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>DORA&apos;s register as the plain-CSV reporting package (ZIP). %n problem(s) stop it now; exporting names them.</source>
        <translation>
            <numerusform>Das DORA-Register als Plain-CSV-Meldepaket (ZIP). %n Problem verhindert es derzeit; der Export nennt es.</numerusform>
            <numerusform>Das DORA-Register als Plain-CSV-Meldepaket (ZIP). %n Probleme verhindern es derzeit; der Export nennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>DORA&apos;s register of information as the plain-CSV reporting package (ZIP)</source>
        <translation>Das DORA-Informationsregister als Plain-CSV-Meldepaket (ZIP)</translation>
    </message>
    <message>
        <source>Select a contract to see what the register derives for it.</source>
        <translation>Wählen Sie einen Vertrag, um zu sehen, was das Register für ihn ableitet.</translation>
    </message>
    <message>
        <source>Supports no function (no process with a licensed activity depends on the supplier).</source>
        <translation>Unterstützt keine Funktion (kein Prozess mit zugelassener Tätigkeit hängt vom Lieferanten ab).</translation>
    </message>
    <message>
        <source>Supports %1%2.</source>
        <translation>Unterstützt %1%2.</translation>
    </message>
    <message>
        <source>, critical or important</source>
        <translation>, kritisch oder wichtig</translation>
    </message>
    <message>
        <source>Suggested substitutability: %1 — %2%3.</source>
        <translation>Vorgeschlagene Ersetzbarkeit: %1 – %2%3.</translation>
    </message>
    <message>
        <source> (a value is confirmed on the contract)</source>
        <translation> (am Vertrag ist ein Wert bestätigt)</translation>
    </message>
    <message>
        <source>No approved exit-plan runbook for the supplier.</source>
        <translation>Kein genehmigtes Runbook als Ausstiegsplan für den Lieferanten.</translation>
    </message>
    <message>
        <source>Exit plan %1, never exercised.</source>
        <translation>Ausstiegsplan %1, nie geübt.</translation>
    </message>
    <message>
        <source>Exit plan %1, last exercised on %2.</source>
        <translation>Ausstiegsplan %1, zuletzt geübt am %2.</translation>
    </message>
    <message>
        <source>Delete Contract</source>
        <translation>Vertrag löschen</translation>
    </message>
    <message>
        <source>Delete the contract %1? It leaves the register of information.</source>
        <translation>Den Vertrag %1 löschen? Er verlässt das Informationsregister.</translation>
    </message>
    <message>
        <source>register-of-information</source>
        <translation>informationsregister</translation>
    </message>
    <message>
        <source>Export DORA&apos;s Register of Information</source>
        <translation>DORA-Informationsregister exportieren</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export DORA Register</source>
        <translation>DORA-Register exportieren</translation>
    </message>
    <message>
        <source>The register was not written. Fix these first:</source>
        <translation>Das Register wurde nicht geschrieben. Beheben Sie zuerst:</translation>
    </message>
    <message numerus="yes">
        <source>Register of information written to %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Informationsregister nach %1 geschrieben (%n Warnung).</numerusform>
            <numerusform>Informationsregister nach %1 geschrieben (%n Warnungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ControlDialog</name>
    <message>
        <source>Edit Control</source>
        <translation>Kontrolle bearbeiten</translation>
    </message>
    <message>
        <source>Add Control</source>
        <translation>Kontrolle hinzufügen</translation>
    </message>
    <message>
        <source>Tiers 0 to</source>
        <translation>Stufen 0 bis</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Was sie verlangt</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Turnus:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Look back:</source>
        <translation>Rückblick:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Severities 1 to:</source>
        <translation>Schweregrade 1 bis:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Requirements it answers:</source>
        <translation>Anforderungen, die sie erfüllt:</translation>
    </message>
    <message>
        <source>Edit control &quot;%1&quot;</source>
        <translation>Kontrolle „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>Continuity::ControlReport</name>
    <message>
        <source>No control</source>
        <translation>Keine Kontrolle</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, akzeptiert</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>Status der Kontrollen</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation>Stand am %1</translation>
    </message>
    <message>
        <source>Plan: %1. %2 controls: %3 effective, %4 ineffective, %5 with expired evidence, %6 without evidence; %7 accepted by an exception. %8 of the %9 requirements of the catalogue are answered by a control. Each control is evaluated on the plan as it stood when printed; the items below show what proves or fails it.</source>
        <translation>Plan: %1. %2 Kontrollen: %3 wirksam, %4 unwirksam, %5 mit abgelaufenem Nachweis, %6 ohne Nachweis; %7 durch eine Ausnahme akzeptiert. %8 der %9 Anforderungen des Katalogs sind durch eine Kontrolle abgedeckt. Jede Kontrolle wird am Plan bewertet, wie er beim Druck war; die Elemente unten zeigen, was sie belegt oder verfehlt.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>The plan has no controls yet.</source>
        <translation>Der Plan hat noch keine Kontrollen.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Controls in detail</source>
        <translation>Kontrollen im Einzelnen</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Turnus</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>Ausnahme %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>… and %1 more items (%2 of them failing); continuity-cli controls --json lists them all.</source>
        <translation>… und %1 weitere Elemente (%2 davon verfehlt); continuity-cli controls --json listet alle.</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>No risk has been accepted.</source>
        <translation>Es wurde kein Risiko akzeptiert.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Akzeptiert wird</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Compensating control</source>
        <translation>Ausgleichende Kontrolle</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Kontrolle %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Access reviews</source>
        <translation>Zugriffsprüfungen</translation>
    </message>
    <message>
        <source>No access review in the twelve months before %1.</source>
        <translation>Keine Zugriffsprüfung in den zwölf Monaten vor dem %1.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>who accepted, on which day</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Continuity::Controls</name>
    <message>
        <source>tier-0</source>
        <translation>Stufe 0</translation>
    </message>
    <message>
        <source>tier-0 to %1</source>
        <translation>Stufen 0 bis %1</translation>
    </message>
    <message>
        <source>exercised on %1 (%2)</source>
        <translation>geübt am %1 (%2)</translation>
    </message>
    <message>
        <source>no exercise with results since %1</source>
        <translation>keine Übung mit Ergebnissen seit %1</translation>
    </message>
    <message>
        <source>runbook %1 approved on %2</source>
        <translation>Runbook %1 freigegeben am %2</translation>
    </message>
    <message>
        <source>runbook %1 last approved on %2</source>
        <translation>Runbook %1 zuletzt freigegeben am %2</translation>
    </message>
    <message>
        <source>no approved runbook</source>
        <translation>kein freigegebenes Runbook</translation>
    </message>
    <message>
        <source>BIA never reviewed</source>
        <translation>BIA nie geprüft</translation>
    </message>
    <message>
        <source>BIA last reviewed on %1</source>
        <translation>BIA zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>BIA changed since its review on %1</source>
        <translation>BIA seit der Prüfung am %1 geändert</translation>
    </message>
    <message>
        <source>BIA reviewed on %1</source>
        <translation>BIA geprüft am %1</translation>
    </message>
    <message>
        <source>BIA reviewed on %1 by %2</source>
        <translation>BIA geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>no measured restore since %1</source>
        <translation>keine gemessene Wiederherstellung seit %1</translation>
    </message>
    <message>
        <source>restored within its RTO on %1 (%2)</source>
        <translation>am %1 innerhalb der RTO wiederhergestellt (%2)</translation>
    </message>
    <message>
        <source>restored on %1 (%2), but it has no RTO to meet</source>
        <translation>am %1 wiederhergestellt (%2), hat aber keine RTO</translation>
    </message>
    <message>
        <source>restore on %1 (%2) missed its RTO</source>
        <translation>Wiederherstellung am %1 (%2) hat die RTO verfehlt</translation>
    </message>
    <message>
        <source>a peer review</source>
        <translation>Vier-Augen-Prüfung</translation>
    </message>
    <message>
        <source>a backout</source>
        <translation>Rückfallplan</translation>
    </message>
    <message>
        <source>CAB approval for its %1 risk</source>
        <translation>CAB-Freigabe für das Risiko %1</translation>
    </message>
    <message>
        <source>closed on %1 with peer review and backout%2</source>
        <translation>abgeschlossen am %1 mit Vier-Augen-Prüfung und Rückfallplan%2</translation>
    </message>
    <message>
        <source> and CAB approval</source>
        <translation> und CAB-Freigabe</translation>
    </message>
    <message>
        <source>closed on %1 without %2</source>
        <translation>abgeschlossen am %1 ohne %2</translation>
    </message>
    <message>
        <source>severity %1, no post-mortem</source>
        <translation>Schweregrad %1, keine Nachbetrachtung</translation>
    </message>
    <message>
        <source>severity %1, post-mortem not reviewed</source>
        <translation>Schweregrad %1, Nachbetrachtung nicht geprüft</translation>
    </message>
    <message>
        <source>post-mortem reviewed on %1 by %2</source>
        <translation>Nachbetrachtung geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>details never verified</source>
        <translation>Angaben nie bestätigt</translation>
    </message>
    <message>
        <source>details verified on %1</source>
        <translation>Angaben bestätigt am %1</translation>
    </message>
    <message>
        <source>details last verified on %1</source>
        <translation>Angaben zuletzt bestätigt am %1</translation>
    </message>
    <message>
        <source>access never reviewed</source>
        <translation>Zugriffe nie geprüft</translation>
    </message>
    <message>
        <source>, %1 accounts reviewed, %2 removed</source>
        <translation>, %1 Konten geprüft, %2 entfernt</translation>
    </message>
    <message>
        <source>access reviewed on %1 by %2%3</source>
        <translation>Zugriffe geprüft am %1 von %2%3</translation>
    </message>
    <message>
        <source>access last reviewed on %1 by %2%3</source>
        <translation>Zugriffe zuletzt geprüft am %1 von %2%3</translation>
    </message>
    <message>
        <source>due %1, closed on %2</source>
        <translation>fällig %1, erledigt am %2</translation>
    </message>
    <message>
        <source>due %1, done</source>
        <translation>fällig %1, erledigt</translation>
    </message>
    <message numerus="yes">
        <source>due %1, open, %n day(s) overdue</source>
        <translation>
            <numerusform>fällig %1, offen, %n Tag überfällig</numerusform>
            <numerusform>fällig %1, offen, %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1, open</source>
        <translation>fällig %1, offen</translation>
    </message>
    <message>
        <source>attached on %1</source>
        <translation>angehängt am %1</translation>
    </message>
    <message>
        <source>attached on %1, older than the control&apos;s frequency</source>
        <translation>angehängt am %1, älter als der Turnus der Kontrolle</translation>
    </message>
    <message>
        <source>No evidence attached.</source>
        <translation>Kein Nachweis angehängt.</translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is older than %n month(s).</source>
        <translation>
            <numerusform>Der neueste Nachweis ist älter als %n Monat.</numerusform>
            <numerusform>Der neueste Nachweis ist älter als %n Monate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence attached within the last %n month(s).</source>
        <translation>
            <numerusform>Nachweis im letzten Monat angehängt.</numerusform>
            <numerusform>Nachweis in den letzten %n Monaten angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Ineffective</source>
        <translation>Unwirksam</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Kein Nachweis</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>The exception %1 accepting the failing control %2 expired on %3; decide again: fix the control or renew the exception.</source>
        <translation>Die Ausnahme %1 für die nicht erfüllte Kontrolle %2 ist am %3 abgelaufen; neu entscheiden: die Kontrolle herstellen oder die Ausnahme erneuern.</translation>
    </message>
    <message>
        <source>The exception %1 accepting &quot;%2&quot; on %3 expired on %4; the finding counts again: fix it or renew the exception.</source>
        <translation>Die Ausnahme %1 für „%2“ bei %3 ist am %4 abgelaufen; der Befund zählt wieder: beheben oder die Ausnahme erneuern.</translation>
    </message>
    <message>
        <source>The evidence of the control %1 (%2) is older than its frequency: attach current evidence.</source>
        <translation>Der Nachweis der Kontrolle %1 (%2) ist älter als ihr Turnus: einen aktuellen Nachweis anhängen.</translation>
    </message>
    <message>
        <source>tier-0/1</source>
        <translation>Stufen 0/1</translation>
    </message>
    <message>
        <source>Nothing to prove it on: %1</source>
        <translation>Nichts, woran sie sich belegen ließe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 processes and services exercised with results in the last %n month(s).</source>
        <translation>
            <numerusform>%1 von %2 Prozessen und Diensten der %3 im letzten Monat mit Ergebnissen geübt.</numerusform>
            <numerusform>%1 von %2 Prozessen und Diensten der %3 in den letzten %n Monaten mit Ergebnissen geübt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 services with a runbook approved in the last %n month(s).</source>
        <translation>
            <numerusform>%1 von %2 Diensten der %3 mit einem im letzten Monat freigegebenen Runbook.</numerusform>
            <numerusform>%1 von %2 Diensten der %3 mit einem in den letzten %n Monaten freigegebenen Runbook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 processes with their BIA reviewed in the last %n month(s).</source>
        <translation>
            <numerusform>%1 von %2 Prozessen mit einer im letzten Monat geprüften BIA.</numerusform>
            <numerusform>%1 von %2 Prozessen mit einer in den letzten %n Monaten geprüften BIA.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 data stores restored within their RTO in the last %n month(s).</source>
        <translation>
            <numerusform>%1 von %2 Datenspeichern der %3 im letzten Monat innerhalb der RTO wiederhergestellt.</numerusform>
            <numerusform>%1 von %2 Datenspeichern der %3 in den letzten %n Monaten innerhalb der RTO wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changes closed in the period with a %3 node in their blast radius had their controls.</source>
        <translation>%1 von %2 im Zeitraum abgeschlossenen Änderungen mit einem Knoten der %3 im Wirkungsbereich hatten ihre Kontrollen.</translation>
    </message>
    <message>
        <source>%1 of %2 incidents of severity 1 to %3 in the period have a reviewed post-mortem.</source>
        <translation>%1 von %2 Vorfällen der Schweregrade 1 bis %3 im Zeitraum haben eine geprüfte Nachbetrachtung.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 people owning %3 recovery steps verified their details in the last %n day(s).</source>
        <translation>
            <numerusform>%1 von %2 Personen mit Wiederherstellungsschritten der %3 haben ihre Angaben am letzten Tag bestätigt.</numerusform>
            <numerusform>%1 von %2 Personen mit Wiederherstellungsschritten der %3 haben ihre Angaben in den letzten %n Tagen bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 services had their access reviewed in the last %n day(s).</source>
        <translation>
            <numerusform>Bei %1 von %2 Diensten der %3 wurden die Zugriffe am letzten Tag geprüft.</numerusform>
            <numerusform>Bei %1 von %2 Diensten der %3 wurden die Zugriffe in den letzten %n Tagen geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 actions not overdue by more than %n day(s).</source>
        <translation>
            <numerusform>%1 von %2 Maßnahmen höchstens %n Tag überfällig.</numerusform>
            <numerusform>%1 von %2 Maßnahmen höchstens %n Tage überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The control %1 (%2) does not hold. %3 Fix the items it names, or accept the risk with an exception.</source>
        <translation>Die Kontrolle %1 (%2) ist nicht erfüllt. %3 Beheben Sie die genannten Elemente oder akzeptieren Sie das Risiko mit einer Ausnahme.</translation>
    </message>
</context>
<context>
    <name>Continuity::CsvReader</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 GiB; split the export</source>
        <translation>%1: Die Datei ist größer als %2 GiB; teilen Sie den Export auf</translation>
    </message>
    <message>
        <source>this is not UTF-8 text; export the file as UTF-8 (CSV UTF-8 in spreadsheet programs) and try again</source>
        <translation>dies ist kein UTF-8-Text; exportieren Sie die Datei als UTF-8 (CSV UTF-8 in Tabellenprogrammen) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the line has more than %1 fields; this does not look like a CMDB export</source>
        <translation>die Zeile hat mehr als %1 Felder; das sieht nicht nach einem CMDB-Export aus</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>Feld %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>der Datensatz ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen (ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>ein hier geöffnetes Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming its columns</source>
        <translation>die Datei ist leer; sie braucht eine Kopfzeile mit den Spaltennamen</translation>
    </message>
</context>
<context>
    <name>Continuity::DashboardPage</name>
    <message>
        <source>This plan</source>
        <translation>Dieser Plan</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Tiers at a glance</source>
        <translation>Stufen im Überblick</translation>
    </message>
    <message>
        <source>Processes without a BIA</source>
        <translation>Prozesse ohne BIA</translation>
    </message>
    <message>
        <source>Services without an owner or targets</source>
        <translation>Dienste ohne Verantwortliche oder Ziele</translation>
    </message>
    <message>
        <source>Top findings</source>
        <translation>Wichtigste Befunde</translation>
    </message>
    <message>
        <source>%1 business processes
%2 services: %3
%4 dependencies (%5 soft), %6 redundancy groups
%7 runbooks, %8 exercises</source>
        <translation>%1 Geschäftsprozesse
%2 Dienste: %3
%4 Abhängigkeiten (%5 weich), %6 Redundanzgruppen
%7 Runbooks, %8 Übungen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Every process has a BIA.</source>
        <translation>Jeder Prozess hat eine BIA.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>%1: no %2</source>
        <translation>%1: kein(e) %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Every service has an owner and targets.</source>
        <translation>Jeder Dienst hat Verantwortliche und Ziele.</translation>
    </message>
    <message>
        <source>Latest: %1, %2 — %3 of %4 people confirmed within the target of %5 minutes.</source>
        <translation>Zuletzt: %1, %2 — %3 von %4 Personen haben innerhalb der Zielzeit von %5 Minuten bestätigt.</translation>
    </message>
    <message>
        <source>Latest: %1, %2 — %3 of %4 services met their RTO.</source>
        <translation>Zuletzt: %1, %2 — %3 von %4 Diensten haben ihre RTO eingehalten.</translation>
    </message>
    <message>
        <source>No exercise run yet.</source>
        <translation>Noch keine Übung durchgeführt.</translation>
    </message>
    <message>
        <source>Next: %1, %2.</source>
        <translation>Nächste: %1, %2.</translation>
    </message>
    <message>
        <source>No exercise planned.</source>
        <translation>Keine Übung geplant.</translation>
    </message>
    <message>
        <source>Overdue action: %1 (%2, due %3)</source>
        <translation>Überfällige Maßnahme: %1 (%2, fällig %3)</translation>
    </message>
    <message>
        <source>… and %1 more overdue actions</source>
        <translation>… und %1 weitere überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>Tests overdue: %1 of %2 tier-0/1 services (%3 never tested).</source>
        <translation>Überfällige Tests: %1 von %2 Diensten der Stufe 0/1 (%3 nie getestet).</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>Keine Fehler oder Warnungen.</translation>
    </message>
    <message>
        <source>Tier 0/1: incidents and SLOs</source>
        <translation>Stufe 0/1: Vorfälle und SLOs</translation>
    </message>
    <message>
        <source>— only emergency changes until %1</source>
        <translation>– bis %1 nur Notfalländerungen</translation>
    </message>
    <message>
        <source>No SLO on a tier-0/1 node yet.</source>
        <translation>Noch kein SLO auf einem Knoten der Stufe 0/1.</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy tier-0/1 SLO(s).</source>
        <translation>
            <numerusform>%n gesundes SLO der Stufe 0/1.</numerusform>
            <numerusform>%n gesunde SLOs der Stufe 0/1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>SG %1</translation>
    </message>
    <message>
        <source>Incidents that took tier 0/1 down, per month</source>
        <translation>Vorfälle mit Ausfall der Stufe 0/1, je Monat</translation>
    </message>
    <message>
        <source>%1: error budget used up</source>
        <translation>%1: Fehlerbudget aufgebraucht</translation>
    </message>
    <message>
        <source>%1: error budget low (%2 % left)</source>
        <translation>%1: Fehlerbudget knapp (%2 % übrig)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more SLO(s) in trouble (Incidents &amp; SLOs &gt; SLOs).</source>
        <translation>
            <numerusform>… und %n weiteres SLO in Schwierigkeiten (Vorfälle &amp; SLOs &gt; SLOs).</numerusform>
            <numerusform>… und %n weitere SLOs in Schwierigkeiten (Vorfälle &amp; SLOs &gt; SLOs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Dora</name>
    <message>
        <source>%1 clients affected, more than 100,000.</source>
        <translation>%1 betroffene Kunden, mehr als 100.000.</translation>
    </message>
    <message>
        <source>%1 clients affected.</source>
        <translation>%1 betroffene Kunden.</translation>
    </message>
    <message>
        <source>No count of clients affected recorded.</source>
        <translation>Keine Zahl betroffener Kunden erfasst.</translation>
    </message>
    <message>
        <source>To assess: more than 10 % of the service&apos;s clients, more than 30 % of its financial counterparts, transactions above 10 % of the daily average in number or value, or clients identified as relevant.</source>
        <translation>Zu bewerten: mehr als 10 % der Kunden des Dienstes, mehr als 30 % seiner finanziellen Gegenparteien, Transaktionen über 10 % des Tagesdurchschnitts nach Anzahl oder Wert, oder als relevant eingestufte Kunden.</translation>
    </message>
    <message>
        <source>To assess: media attention, repeated complaints, regulatory requirements missed, or clients likely to be lost.</source>
        <translation>Zu bewerten: Medienaufmerksamkeit, wiederholte Beschwerden, verfehlte aufsichtliche Anforderungen oder drohender Kundenverlust.</translation>
    </message>
    <message>
        <source>Lasted %1 h; critical services down for %2 h at most.</source>
        <translation>Dauer %1 h; kritische Dienste höchstens %2 h ausgefallen.</translation>
    </message>
    <message>
        <source>Longer than 24 hours, or critical services down longer than 2 hours.</source>
        <translation>Länger als 24 Stunden, oder kritische Dienste länger als 2 Stunden ausgefallen.</translation>
    </message>
    <message>
        <source>Still ongoing: it may yet be met.</source>
        <translation>Noch nicht beendet: kann noch erfüllt werden.</translation>
    </message>
    <message>
        <source>To assess: an impact in two or more Member States.</source>
        <translation>Zu bewerten: Auswirkungen in zwei oder mehr Mitgliedstaaten.</translation>
    </message>
    <message>
        <source>Data lost on %1.</source>
        <translation>Datenverlust auf %1.</translation>
    </message>
    <message>
        <source>No data lost recorded. An impact on the confidentiality, integrity or authenticity of data is to be assessed.</source>
        <translation>Kein Datenverlust erfasst. Eine Beeinträchtigung der Vertraulichkeit, Integrität oder Authentizität von Daten ist zu bewerten.</translation>
    </message>
    <message>
        <source>Costs and losses of %1 recorded; the threshold is 100,000 euro.</source>
        <translation>Kosten und Verluste von %1 erfasst; die Schwelle liegt bei 100.000 Euro.</translation>
    </message>
    <message>
        <source>No costs and losses recorded.</source>
        <translation>Keine Kosten und Verluste erfasst.</translation>
    </message>
    <message>
        <source>It took critical services down (%1).</source>
        <translation>Kritische Dienste fielen aus (%1).</translation>
    </message>
    <message>
        <source>It took no critical service down (no process of tier 0 or 1).</source>
        <translation>Kein kritischer Dienst fiel aus (kein Prozess der Stufe 0 oder 1).</translation>
    </message>
    <message>
        <source>The data-loss criterion is met.</source>
        <translation>Das Kriterium Datenverluste ist erfüllt.</translation>
    </message>
    <message>
        <source>Criteria met: %1.</source>
        <translation>Erfüllte Kriterien: %1.</translation>
    </message>
    <message>
        <source>No criterion is met on what the plan knows.</source>
        <translation>Nach dem, was der Plan weiß, ist kein Kriterium erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>It is major if %n more of these is met: %1.</source>
        <translation>
            <numerusform>Schwerwiegend, wenn %n weiteres davon erfüllt ist: %1.</numerusform>
            <numerusform>Schwerwiegend, wenn %n weitere davon erfüllt sind: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than two criteria can be met, and no data was lost.</source>
        <translation>Weniger als zwei Kriterien können erfüllt sein, und es gingen keine Daten verloren.</translation>
    </message>
    <message>
        <source>Clients, counterparts and transactions</source>
        <translation>Kunden, Gegenparteien und Transaktionen</translation>
    </message>
    <message>
        <source>Reputational impact</source>
        <translation>Auswirkungen auf den Ruf</translation>
    </message>
    <message>
        <source>Duration and service downtime</source>
        <translation>Dauer und Ausfallzeit</translation>
    </message>
    <message>
        <source>Geographical spread</source>
        <translation>Geografische Ausbreitung</translation>
    </message>
    <message>
        <source>Data losses</source>
        <translation>Datenverluste</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>Wirtschaftliche Auswirkungen</translation>
    </message>
    <message>
        <source>Major incident</source>
        <translation>Schwerwiegender Vorfall</translation>
    </message>
    <message>
        <source>Not major</source>
        <translation>Nicht schwerwiegend</translation>
    </message>
    <message>
        <source>Possibly major: to assess</source>
        <translation>Möglicherweise schwerwiegend: zu bewerten</translation>
    </message>
    <message>
        <source>[not recorded]</source>
        <translation>[nicht erfasst]</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>eingedämmt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>INITIAL NOTIFICATION OF A MAJOR ICT-RELATED INCIDENT (draft)</source>
        <translation>ERSTMELDUNG EINES SCHWERWIEGENDEN IKT-BEZOGENEN VORFALLS (Entwurf)</translation>
    </message>
    <message>
        <source>Financial entity: %1</source>
        <translation>Finanzunternehmen: %1</translation>
    </message>
    <message>
        <source>[name and LEI]</source>
        <translation>[Name und LEI]</translation>
    </message>
    <message>
        <source>Competent authority: %1</source>
        <translation>Zuständige Behörde: %1</translation>
    </message>
    <message>
        <source>[authority]</source>
        <translation>[Behörde]</translation>
    </message>
    <message>
        <source>Incident reference: %1</source>
        <translation>Vorfallreferenz: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Detected at: %1</source>
        <translation>Erkannt am: %1</translation>
    </message>
    <message>
        <source>Occurred at: %1</source>
        <translation>Eingetreten am: %1</translation>
    </message>
    <message>
        <source>Classified as major at: %1</source>
        <translation>Als schwerwiegend eingestuft am: %1</translation>
    </message>
    <message>
        <source>[date and time]</source>
        <translation>[Datum und Uhrzeit]</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Services and systems affected: %1</source>
        <translation>Betroffene Dienste und Systeme: %1</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[zu ergänzen]</translation>
    </message>
    <message>
        <source>Critical services affected: %1</source>
        <translation>Betroffene kritische Dienste: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Classification criteria met: %1</source>
        <translation>Erfüllte Einstufungskriterien: %1</translation>
    </message>
    <message>
        <source>[to assess]</source>
        <translation>[zu bewerten]</translation>
    </message>
    <message>
        <source>Clients affected: %1</source>
        <translation>Betroffene Kunden: %1</translation>
    </message>
    <message>
        <source>[estimate]</source>
        <translation>[Schätzung]</translation>
    </message>
    <message>
        <source>Member States affected: %1</source>
        <translation>Betroffene Mitgliedstaaten: %1</translation>
    </message>
    <message>
        <source>Business continuity plan activated: %1</source>
        <translation>Notfallplan aktiviert: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>[name, role, e-mail, telephone]</source>
        <translation>[Name, Rolle, E-Mail, Telefon]</translation>
    </message>
    <message>
        <source>Send by %1 at the latest (4 hours after classifying it as major, and no later than 24 hours after becoming aware of it).</source>
        <translation>Spätestens bis %1 senden (4 Stunden nach der Einstufung als schwerwiegend und höchstens 24 Stunden nach Kenntnisnahme).</translation>
    </message>
</context>
<context>
    <name>Continuity::DoraExport</name>
    <message numerus="yes">
        <source>The register has %n error(s); nothing was written.</source>
        <translation>
            <numerusform>Das Register hat %n Fehler; nichts wurde geschrieben.</numerusform>
            <numerusform>Das Register hat %n Fehler; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Continuity::DoraLists</name>
    <message>
        <source>Credit institution</source>
        <translation>Kreditinstitut</translation>
    </message>
    <message>
        <source>Investment firm</source>
        <translation>Wertpapierfirma</translation>
    </message>
    <message>
        <source>Payment institution</source>
        <translation>Zahlungsinstitut</translation>
    </message>
    <message>
        <source>Account information service provider</source>
        <translation>Kontoinformationsdienstleister</translation>
    </message>
    <message>
        <source>Electronic money institution</source>
        <translation>E-Geld-Institut</translation>
    </message>
    <message>
        <source>Crypto-asset service provider</source>
        <translation>Anbieter von Kryptowerte-Dienstleistungen</translation>
    </message>
    <message>
        <source>Central securities depository</source>
        <translation>Zentralverwahrer</translation>
    </message>
    <message>
        <source>Trading venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Trade repository</source>
        <translation>Transaktionsregister</translation>
    </message>
    <message>
        <source>Manager of alternative investment funds</source>
        <translation>Verwalter alternativer Investmentfonds</translation>
    </message>
    <message>
        <source>Data reporting service provider</source>
        <translation>Datenbereitstellungsdienst</translation>
    </message>
    <message>
        <source>Insurance or reinsurance undertaking</source>
        <translation>Versicherungs- oder Rückversicherungsunternehmen</translation>
    </message>
    <message>
        <source>Issuer of asset-referenced tokens</source>
        <translation>Emittent vermögenswertereferenzierter Token</translation>
    </message>
    <message>
        <source>Occupational retirement institution</source>
        <translation>Einrichtung der betrieblichen Altersversorgung</translation>
    </message>
    <message>
        <source>Credit rating agency</source>
        <translation>Ratingagentur</translation>
    </message>
    <message>
        <source>Administrator of critical benchmarks</source>
        <translation>Administrator kritischer Referenzwerte</translation>
    </message>
    <message>
        <source>Crowdfunding service provider</source>
        <translation>Schwarmfinanzierungsdienstleister</translation>
    </message>
    <message>
        <source>Securitisation repository</source>
        <translation>Verbriefungsregister</translation>
    </message>
    <message>
        <source>Other financial entity</source>
        <translation>Anderes Finanzunternehmen</translation>
    </message>
    <message>
        <source>Insurance intermediary</source>
        <translation>Versicherungsvermittler</translation>
    </message>
    <message>
        <source>Management company</source>
        <translation>Verwaltungsgesellschaft</translation>
    </message>
    <message>
        <source>Central counterparty</source>
        <translation>Zentrale Gegenpartei</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Eigenständig</translation>
    </message>
    <message>
        <source>Overarching</source>
        <translation>Rahmenvereinbarung</translation>
    </message>
    <message>
        <source>Subsequent or associated</source>
        <translation>Folge- oder Einzelvereinbarung</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>EUID</source>
        <translation>EUID</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>Handelsregisternummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Reisepassnummer</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Nationale Identifikationsnummer</translation>
    </message>
    <message>
        <source>ICT project management</source>
        <translation>IKT-Projektmanagement</translation>
    </message>
    <message>
        <source>ICT development</source>
        <translation>IKT-Entwicklung</translation>
    </message>
    <message>
        <source>Help desk and first-level support</source>
        <translation>Helpdesk und First-Level-Support</translation>
    </message>
    <message>
        <source>ICT security management</source>
        <translation>IKT-Sicherheitsmanagement</translation>
    </message>
    <message>
        <source>Provision of data</source>
        <translation>Bereitstellung von Daten</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>Datenanalyse</translation>
    </message>
    <message>
        <source>Facilities and hosting (not cloud)</source>
        <translation>Rechenzentrum und Hosting (keine Cloud)</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Data storage (not cloud)</source>
        <translation>Datenspeicherung (keine Cloud)</translation>
    </message>
    <message>
        <source>Telecom carrier</source>
        <translation>Telekommunikationsanbieter</translation>
    </message>
    <message>
        <source>Network infrastructure</source>
        <translation>Netzinfrastruktur</translation>
    </message>
    <message>
        <source>Hardware and physical devices</source>
        <translation>Hardware und physische Geräte</translation>
    </message>
    <message>
        <source>Software licensing (not SaaS)</source>
        <translation>Softwarelizenzen (kein SaaS)</translation>
    </message>
    <message>
        <source>ICT operations and maintenance</source>
        <translation>IKT-Betrieb und Wartung</translation>
    </message>
    <message>
        <source>ICT consulting</source>
        <translation>IKT-Beratung</translation>
    </message>
    <message>
        <source>ICT risk management</source>
        <translation>IKT-Risikomanagement</translation>
    </message>
    <message>
        <source>Cloud: IaaS</source>
        <translation>Cloud: IaaS</translation>
    </message>
    <message>
        <source>Cloud: PaaS</source>
        <translation>Cloud: PaaS</translation>
    </message>
    <message>
        <source>Cloud: SaaS</source>
        <translation>Cloud: SaaS</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>Abgelaufen, nicht verlängert</translation>
    </message>
    <message>
        <source>Provider in breach</source>
        <translation>Verstoß des Anbieters</translation>
    </message>
    <message>
        <source>Impediments of the provider</source>
        <translation>Hindernisse beim Anbieter</translation>
    </message>
    <message>
        <source>Weak data management or security</source>
        <translation>Schwächen bei Datenverwaltung oder -sicherheit</translation>
    </message>
    <message>
        <source>Requested by the authority</source>
        <translation>Auf Verlangen der Behörde</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Nicht wesentlich</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Wesentlich</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Not substitutable</source>
        <translation>Nicht ersetzbar</translation>
    </message>
    <message>
        <source>Highly complex</source>
        <translation>Sehr aufwendig</translation>
    </message>
    <message>
        <source>Medium complexity</source>
        <translation>Mittlerer Aufwand</translation>
    </message>
    <message>
        <source>Easily substitutable</source>
        <translation>Leicht ersetzbar</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Schwierig</translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation>Zahlungsdienste</translation>
    </message>
    <message>
        <source>Issuing electronic money</source>
        <translation>Ausgabe von E-Geld</translation>
    </message>
    <message>
        <source>Cash placed on a payment account</source>
        <translation>Bareinzahlungen auf ein Zahlungskonto</translation>
    </message>
    <message>
        <source>Cash withdrawals from a payment account</source>
        <translation>Barabhebungen von einem Zahlungskonto</translation>
    </message>
    <message>
        <source>Execution of payment transactions</source>
        <translation>Ausführung von Zahlungsvorgängen</translation>
    </message>
    <message>
        <source>Payment transactions covered by a credit line</source>
        <translation>Zahlungsvorgänge mit Kreditrahmen</translation>
    </message>
    <message>
        <source>Issuing instruments or acquiring transactions</source>
        <translation>Ausgabe von Zahlungsinstrumenten oder Akquisition</translation>
    </message>
    <message>
        <source>Money remittance</source>
        <translation>Finanztransfergeschäft</translation>
    </message>
    <message>
        <source>Payment initiation services</source>
        <translation>Zahlungsauslösedienste</translation>
    </message>
    <message>
        <source>Account information services</source>
        <translation>Kontoinformationsdienste</translation>
    </message>
    <message>
        <source>Taking deposits</source>
        <translation>Einlagengeschäft</translation>
    </message>
    <message>
        <source>Lending</source>
        <translation>Kreditgeschäft</translation>
    </message>
    <message>
        <source>Financial leasing</source>
        <translation>Finanzierungsleasing</translation>
    </message>
    <message>
        <source>Other means of payment</source>
        <translation>Andere Zahlungsmittel</translation>
    </message>
    <message>
        <source>Guarantees and commitments</source>
        <translation>Bürgschaften und Garantien</translation>
    </message>
    <message>
        <source>Trading for own account or for customers</source>
        <translation>Handel für eigene oder fremde Rechnung</translation>
    </message>
</context>
<context>
    <name>Continuity::DoraRegister</name>
    <message>
        <source>financial entity</source>
        <translation>Finanzunternehmen</translation>
    </message>
    <message>
        <source>has no LEI (Compliance › Financial Entity…)</source>
        <translation>hat keinen LEI (Compliance › Finanzunternehmen…)</translation>
    </message>
    <message>
        <source>LEI &quot;%1&quot; fails its check digits (ISO 17442)</source>
        <translation>LEI „%1“ besteht die Prüfziffern nicht (ISO 17442)</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>hat keinen Namen</translation>
    </message>
    <message>
        <source>has no country</source>
        <translation>hat kein Land</translation>
    </message>
    <message>
        <source>has no type of entity</source>
        <translation>hat keine Art des Unternehmens</translation>
    </message>
    <message>
        <source>has no reporting currency</source>
        <translation>hat keine Berichtswährung</translation>
    </message>
    <message>
        <source>names no competent authority</source>
        <translation>nennt keine zuständige Behörde</translation>
    </message>
    <message>
        <source>function %1 (process %2)</source>
        <translation>Funktion %1 (Prozess %2)</translation>
    </message>
    <message>
        <source>has no RTO</source>
        <translation>hat keine RTO</translation>
    </message>
    <message>
        <source>has no RPO</source>
        <translation>hat kein RPO</translation>
    </message>
    <message>
        <source>has no BIA review date (the date of its last assessment)</source>
        <translation>hat kein Datum der BIA-Prüfung (das Datum ihrer letzten Bewertung)</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>no process has a licensed activity: the register reports the functions the suppliers support</source>
        <translation>kein Prozess hat eine zugelassene Tätigkeit: das Register meldet die Funktionen, die die Lieferanten unterstützen</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>has the same reference as contract %1</source>
        <translation>hat dieselbe Referenz wie Vertrag %1</translation>
    </message>
    <message>
        <source>names supplier %1 other than contract %2 does (code, country or parent)</source>
        <translation>nennt Lieferant %1 anders als Vertrag %2 (Code, Land oder Mutter)</translation>
    </message>
    <message>
        <source>has no identification code of the supplier</source>
        <translation>hat keinen Kenncode des Lieferanten</translation>
    </message>
    <message>
        <source>supplier LEI &quot;%1&quot; fails its check digits (ISO 17442)</source>
        <translation>Lieferanten-LEI „%1“ besteht die Prüfziffern nicht (ISO 17442)</translation>
    </message>
    <message>
        <source>a supplier that is a legal person is identified by an LEI or an EUID</source>
        <translation>ein Lieferant, der eine juristische Person ist, wird mit LEI oder EUID identifiziert</translation>
    </message>
    <message>
        <source>parent LEI &quot;%1&quot; fails its check digits (ISO 17442)</source>
        <translation>Mutter-LEI „%1“ besteht die Prüfziffern nicht (ISO 17442)</translation>
    </message>
    <message>
        <source>has no country of the supplier&apos;s headquarters</source>
        <translation>hat kein Land des Hauptsitzes des Lieferanten</translation>
    </message>
    <message>
        <source>has no type of ICT service</source>
        <translation>hat keine Art der IKT-Dienstleistung</translation>
    </message>
    <message>
        <source>has no start date</source>
        <translation>hat kein Beginndatum</translation>
    </message>
    <message>
        <source>is a subsequent arrangement without its overarching contract</source>
        <translation>ist eine Folgevereinbarung ohne ihren Rahmenvertrag</translation>
    </message>
    <message>
        <source>has an annual cost without a currency</source>
        <translation>hat jährliche Kosten ohne Währung</translation>
    </message>
    <message>
        <source>stores data but says not where</source>
        <translation>speichert Daten, sagt aber nicht wo</translation>
    </message>
    <message>
        <source>has a reason of termination but no end date</source>
        <translation>hat einen Beendigungsgrund, aber kein Enddatum</translation>
    </message>
    <message>
        <source>has no date of the last audit of the supplier</source>
        <translation>hat kein Datum der letzten Prüfung des Lieferanten</translation>
    </message>
    <message>
        <source>names overarching contract %1, which is not in the register</source>
        <translation>nennt Rahmenvertrag %1, der nicht im Register ist</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>the plan has no contract with a supplier in force in the period</source>
        <translation>der Plan hat keinen im Zeitraum gültigen Vertrag mit einem Lieferanten</translation>
    </message>
    <message>
        <source>a single point of failure of %1</source>
        <translation>ein Single Point of Failure von %1</translation>
    </message>
    <message>
        <source>in a redundancy group with %1</source>
        <translation>in einer Redundanzgruppe mit %1</translation>
    </message>
    <message>
        <source>no single point of failure of a critical function, no redundancy group</source>
        <translation>kein Single Point of Failure einer kritischen Funktion, keine Redundanzgruppe</translation>
    </message>
    <message>
        <source>supports no function of the plan (no process with a licensed activity depends on %1)</source>
        <translation>unterstützt keine Funktion des Plans (kein Prozess mit zugelassener Tätigkeit hängt von %1 ab)</translation>
    </message>
    <message>
        <source>supports a critical or important function but gives no notice periods</source>
        <translation>unterstützt eine kritische oder wichtige Funktion, nennt aber keine Kündigungsfristen</translation>
    </message>
    <message>
        <source>supports a critical or important function but names no governing law</source>
        <translation>unterstützt eine kritische oder wichtige Funktion, nennt aber kein anwendbares Recht</translation>
    </message>
    <message>
        <source>supports a critical or important function but names no country of provision</source>
        <translation>unterstützt eine kritische oder wichtige Funktion, nennt aber kein Land der Erbringung</translation>
    </message>
    <message>
        <source>supports a critical or important function but %1 has no approved exit-plan runbook</source>
        <translation>unterstützt eine kritische oder wichtige Funktion, aber %1 hat kein genehmigtes Ausstiegsplan-Runbook</translation>
    </message>
    <message>
        <source>exit plan %1 has never been exercised</source>
        <translation>Ausstiegsplan %1 wurde nie geübt</translation>
    </message>
    <message>
        <source>substitutability not confirmed; the register reports the suggestion: %1 (%2)</source>
        <translation>Ersetzbarkeit nicht bestätigt; das Register meldet den Vorschlag: %1 (%2)</translation>
    </message>
    <message>
        <source>says not how hard reintegrating the service would be</source>
        <translation>sagt nicht, wie schwer die Rückführung der Dienstleistung wäre</translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation>Lieferant %1</translation>
    </message>
    <message>
        <source>is in the ICT supply chain but has no identification code (its attribute &quot;lei&quot;): left out of B_05</source>
        <translation>ist in der IKT-Lieferkette, hat aber keinen Kenncode (sein Attribut „lei“): in B_05 ausgelassen</translation>
    </message>
    <message>
        <source>Tier %1: tiers 0 to %2 are critical or important (%3)</source>
        <translation>Stufe %1: Stufen 0 bis %2 sind kritisch oder wichtig (%3)</translation>
    </message>
    <message>
        <source>tier policy</source>
        <translation>Stufenrichtlinie</translation>
    </message>
    <message>
        <source>dates its last assessment (the BIA review) %1, after the day of reporting</source>
        <translation>datiert ihre letzte Bewertung (die BIA-Prüfung) auf %1, nach dem Meldetag</translation>
    </message>
    <message>
        <source>dates its last audit %1, after the day of reporting</source>
        <translation>datiert seine letzte Prüfung auf %1, nach dem Meldetag</translation>
    </message>
</context>
<context>
    <name>Continuity::Drill</name>
    <message>
        <source>&quot;%1&quot; is not a call-tree drill.</source>
        <translation>„%1“ ist keine Alarmierungsübung.</translation>
    </message>
    <message>
        <source>Declare the drill before recording answers.</source>
        <translation>Erklären Sie zuerst den Start der Übung, bevor Sie Antworten erfassen.</translation>
    </message>
    <message>
        <source>The drill has ended; its answers are a record.</source>
        <translation>Die Übung ist beendet; ihre Antworten sind festgehalten.</translation>
    </message>
    <message>
        <source>The drill has no call %1.</source>
        <translation>Die Übung hat keinen Anruf %1.</translation>
    </message>
</context>
<context>
    <name>Continuity::DrillConsole</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Time since the drill was declared</source>
        <translation>Zeit seit dem Start der Übung</translation>
    </message>
    <message>
        <source>&amp;Declare Start (D)</source>
        <translation>Start &amp;ausrufen (D)</translation>
    </message>
    <message>
        <source>Start the drill&apos;s clock now and call the tree&apos;s root</source>
        <translation>Uhr der Übung jetzt starten und die Wurzel der Alarmierungskette anrufen</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Anhalten (P)</translation>
    </message>
    <message>
        <source>&amp;End Drill (Ctrl+E)</source>
        <translation>Übung b&amp;eenden (Strg+E)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Angerufen von</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Contact details found wrong or changed during the drill</source>
        <translation>Kontaktangaben, die sich in der Übung als falsch oder geändert erwiesen</translation>
    </message>
    <message>
        <source>Confirmed (&amp;R)</source>
        <translation>Bestätigt (&amp;R)</translation>
    </message>
    <message>
        <source>The person answered and confirmed, now</source>
        <translation>Die Person hat sich gemeldet und bestätigt, jetzt</translation>
    </message>
    <message>
        <source>&amp;Unreachable (U)</source>
        <translation>&amp;Nicht erreichbar (U)</translation>
    </message>
    <message>
        <source>Nobody answered on any number: their fallback calls their people</source>
        <translation>Unter keiner Nummer meldete sich jemand: die Vertretung ruft deren Personen an</translation>
    </message>
    <message>
        <source>Not Confirmed (Backspace)</source>
        <translation>Nicht bestätigt (Rücktaste)</translation>
    </message>
    <message>
        <source>Details Wrong… (&amp;E)</source>
        <translation>Angaben falsch … (&amp;E)</translation>
    </message>
    <message>
        <source>A number or address found wrong or changed during the drill</source>
        <translation>Eine Nummer oder Adresse, die sich in der Übung als falsch oder geändert erwies</translation>
    </message>
    <message>
        <source>Timeline &amp;Note… (N)</source>
        <translation>Zeitleisten-&amp;Notiz… (N)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Sets the selected role&apos;s mobilisation hours to what the drill measured; the recovery analysis then uses it. One undo step.</source>
        <translation>Setzt die Mobilisierungszeit der gewählten Rolle auf den in der Übung gemessenen Wert; die Wiederanlaufanalyse verwendet ihn dann. Ein Rückgängig-Schritt.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Measured &amp;mobilisation per role</source>
        <translation>Gemessene &amp;Mobilisierung je Rolle</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Call-Tree Drill</source>
        <translation>Alarmierungsübung</translation>
    </message>
    <message>
        <source>Choose the call tree to drill on the Plan tab first.</source>
        <translation>Wählen Sie zuerst auf der Registerkarte „Plan“ die zu übende Alarmierungskette.</translation>
    </message>
    <message>
        <source>Declare the drill</source>
        <translation>Übung ausrufen</translation>
    </message>
    <message>
        <source>Resume the drill</source>
        <translation>Übung fortsetzen</translation>
    </message>
    <message>
        <source>Pause the drill</source>
        <translation>Übung pausieren</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have not confirmed.</source>
        <translation>
            <numerusform>%n Person hat nicht bestätigt.</numerusform>
            <numerusform>%n Personen haben nicht bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending now records the drill as ended at %1 (%2 on the clock); everyone who has not confirmed is reported as never reached.</source>
        <translation>Wenn Sie jetzt beenden, wird die Übung als um %1 beendet festgehalten (%2 auf der Uhr); wer nicht bestätigt hat, gilt als nie erreicht.</translation>
    </message>
    <message>
        <source>End the Drill?</source>
        <translation>Übung beenden?</translation>
    </message>
    <message>
        <source>End Drill</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>End the drill</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 hat bestätigt</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 not confirmed</source>
        <translation>%1 nicht bestätigt</translation>
    </message>
    <message>
        <source>Details Found Wrong</source>
        <translation>Falsche Angaben</translation>
    </message>
    <message>
        <source>What was wrong or changed in %1&apos;s contact details?</source>
        <translation>Was war an den Kontaktangaben von %1 falsch oder geändert?</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Angaben von %1</translation>
    </message>
    <message>
        <source>Timeline Note</source>
        <translation>Notiz in der Zeitleiste</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Add a timeline note</source>
        <translation>Notiz zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Apply Mobilisation</source>
        <translation>Mobilisierung übernehmen</translation>
    </message>
    <message>
        <source>Mobilisation of %1 set to %2 from the drill; Undo takes it back.</source>
        <translation>Mobilisierung von %1 aus der Übung auf %2 gesetzt; Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nobody: cut off</source>
        <translation>niemand: abgeschnitten</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>nie erreicht</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1 of %2 confirmed</source>
        <translation>%1 von %2 bestätigt</translation>
    </message>
    <message>
        <source>T50 %1 · T90 %2 · T100 %3</source>
        <translation>T50 %1 · T90 %2 · T100 %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose the call tree to drill on the Plan tab.</source>
        <translation>Wählen Sie auf der Registerkarte „Plan“ die zu übende Alarmierungskette.</translation>
    </message>
    <message>
        <source>Declare the drill to start the clock; then mark each person as they confirm (R) or cannot be reached (U).</source>
        <translation>Starten Sie die Übung, um die Uhr zu starten; markieren Sie dann jede Person, sobald sie bestätigt (R) oder nicht erreichbar ist (U).</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>Calling: %1</source>
        <translation>Anrufe laufen: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>&amp;Apply to the Role</source>
        <translation>Für die Rolle &amp;übernehmen</translation>
    </message>
    <message>
        <source>Within the target of %1: %2 of %3 (%4 %)</source>
        <translation>Innerhalb des Ziels von %1: %2 von %3 (%4 %)</translation>
    </message>
    <message>
        <source>Cut off: %1</source>
        <translation>Abgeschnitten: %1</translation>
    </message>
    <message>
        <source>Cut off or waiting: %1</source>
        <translation>Abgeschnitten oder wartend: %1</translation>
    </message>
</context>
<context>
    <name>Continuity::EntityDialog</name>
    <message>
        <source>Financial Entity</source>
        <translation>Finanzunternehmen</translation>
    </message>
    <message>
        <source>The legal name</source>
        <translation>Der rechtliche Name</translation>
    </message>
    <message>
        <source>20 characters</source>
        <translation>20 Zeichen</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Who supervises the entity</source>
        <translation>Wer das Unternehmen beaufsichtigt</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR</source>
        <translation>Währungscode nach ISO 4217, etwa EUR</translation>
    </message>
    <message>
        <source>tiers 0 to </source>
        <translation>Stufen 0 bis </translation>
    </message>
    <message>
        <source>Functions of these tiers are reported as critical or important</source>
        <translation>Funktionen dieser Stufen werden als kritisch oder wichtig gemeldet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;LEI:</source>
        <translation>&amp;LEI:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Type of entity:</source>
        <translation>&amp;Art des Unternehmens:</translation>
    </message>
    <message>
        <source>Competent &amp;authority:</source>
        <translation>Zuständige &amp;Behörde:</translation>
    </message>
    <message>
        <source>Reporting c&amp;urrency:</source>
        <translation>Berichts&amp;währung:</translation>
    </message>
    <message>
        <source>Critical or important:</source>
        <translation>Kritisch oder wichtig:</translation>
    </message>
    <message>
        <source>Needed for the register of information</source>
        <translation>Für das Informationsregister nötig</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>noch %n Zeichen</numerusform>
            <numerusform>noch %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check digits hold</source>
        <translation>Prüfziffern stimmen</translation>
    </message>
    <message>
        <source>Check digits fail: a character is wrong</source>
        <translation>Prüfziffern stimmen nicht: ein Zeichen ist falsch</translation>
    </message>
</context>
<context>
    <name>Continuity::Enums</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data store(s)</source>
        <translation>
            <numerusform>%n Datenspeicher</numerusform>
            <numerusform>%n Datenspeicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infrastructure service(s)</source>
        <translation>
            <numerusform>%n Infrastrukturdienst</numerusform>
            <numerusform>%n Infrastrukturdienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n Standort</numerusform>
            <numerusform>%n Standorte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n Lieferant</numerusform>
            <numerusform>%n Lieferanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>New data store</source>
        <translation>Neuer Datenspeicher</translation>
    </message>
    <message>
        <source>New infrastructure</source>
        <translation>Neue Infrastruktur</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Neues Netzwerk</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Neuer Lieferant</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Betrieblich</translation>
    </message>
    <message>
        <source>Legal &amp; regulatory</source>
        <translation>Rechtlich &amp; regulatorisch</translation>
    </message>
    <message>
        <source>Reputational</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Health &amp; safety</source>
        <translation>Gesundheit &amp; Sicherheit</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Büro</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satellit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritter</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Vorbeugen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Abmildern</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Umsetzen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Nachprüfen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Rollierend</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Successful with issues</source>
        <translation>Erfolgreich mit Problemen</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Gescheitert</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Big bang</source>
        <translation>Big Bang</translation>
    </message>
    <message>
        <source>Blue-green</source>
        <translation>Blue-Green</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Feature toggle</source>
        <translation>Feature-Schalter</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message>
        <source>Up to a tier</source>
        <translation>Bis zu einer Stufe</translation>
    </message>
    <message>
        <source>Listed nodes</source>
        <translation>Aufgeführte Knoten</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Error budget</source>
        <translation>Fehlerbudget</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Manual evidence</source>
        <translation>Manueller Nachweis</translation>
    </message>
    <message>
        <source>Exercise coverage</source>
        <translation>Übungsabdeckung</translation>
    </message>
    <message>
        <source>Runbook coverage</source>
        <translation>Runbook-Abdeckung</translation>
    </message>
    <message>
        <source>BIA current</source>
        <translation>BIA aktuell</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>Wiederherstellung getestet</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Änderungssteuerung</translation>
    </message>
    <message>
        <source>Post-mortems reviewed</source>
        <translation>Nachbetrachtungen geprüft</translation>
    </message>
    <message>
        <source>Contacts verified</source>
        <translation>Kontakte bestätigt</translation>
    </message>
    <message>
        <source>Access reviewed</source>
        <translation>Zugriffe geprüft</translation>
    </message>
    <message>
        <source>Actions closed</source>
        <translation>Maßnahmen erledigt</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
</context>
<context>
    <name>Continuity::ErrorBudget</name>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Aufgebraucht</translation>
    </message>
</context>
<context>
    <name>Continuity::EvidencePack</name>
    <message>
        <source>No temporary folder could be made for the evidence pack.</source>
        <translation>Für das Nachweispaket ließ sich kein temporärer Ordner anlegen.</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>Status der Kontrollen</translation>
    </message>
    <message>
        <source>Business impact analysis</source>
        <translation>Business-Impact-Analyse</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>Notfallplan</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Nachbetrachtung %1</translation>
    </message>
    <message>
        <source>%1: %2 (not found)</source>
        <translation>%1: %2 (nicht gefunden)</translation>
    </message>
    <message>
        <source>%1: %2 (changed since it was attached: its SHA-256 differs)</source>
        <translation>%1: %2 (seit dem Anhängen geändert: der SHA-256 weicht ab)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read back.</source>
        <translation>%1 konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be made: %2</source>
        <translation>%1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>The manifest could not be added: %1</source>
        <translation>Das Manifest konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation>%1 ist kein lesbares ZIP-Archiv: %2</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not an evidence pack.</source>
        <translation>%1 hat keine manifest.json: Es ist kein Nachweispaket.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an evidence pack.</source>
        <translation>manifest.json ist nicht das Manifest eines Nachweispakets.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: listed in the manifest but not in the pack</source>
        <translation>%1: im Manifest aufgeführt, aber nicht im Paket</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: nicht lesbar</translation>
    </message>
    <message>
        <source>%1: its SHA-256 does not match the manifest</source>
        <translation>%1: der SHA-256 stimmt nicht mit dem Manifest überein</translation>
    </message>
    <message>
        <source>%1: its size does not match the manifest</source>
        <translation>%1: die Größe stimmt nicht mit dem Manifest überein</translation>
    </message>
    <message>
        <source>%1: in the pack but not in the manifest</source>
        <translation>%1: im Paket, aber nicht im Manifest</translation>
    </message>
</context>
<context>
    <name>Continuity::ExceptionDialog</name>
    <message>
        <source>Accept a Risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>The finding &quot;%1&quot; on %2</source>
        <translation>Der Befund „%1“ bei %2</translation>
    </message>
    <message>
        <source>The failing control %1</source>
        <translation>Die nicht erfüllte Kontrolle %1</translation>
    </message>
    <message>
        <source>The owner of what it is about, or a member of the plan&apos;s risk-owner role</source>
        <translation>Verantwortliche für das Betroffene oder ein Mitglied der Risikoeigner-Rolle des Plans</translation>
    </message>
    <message>
        <source>At most twelve months after it was accepted</source>
        <translation>Höchstens zwölf Monate nach der Annahme</translation>
    </message>
    <message>
        <source>Accepting:</source>
        <translation>Akzeptiert wird:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Akzeptiert von:</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>Akzeptiert am:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Compensating control:</source>
        <translation>Ausgleichende Kontrolle:</translation>
    </message>
</context>
<context>
    <name>Continuity::Executive</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>SLOs met</source>
        <translation>SLOs eingehalten</translation>
    </message>
    <message>
        <source>Tier-0/1 services tested within their interval</source>
        <translation>Dienste der Stufen 0/1 im vorgesehenen Abstand getestet</translation>
    </message>
    <message>
        <source>Tier-0/1 services with an approved runbook</source>
        <translation>Dienste der Stufen 0/1 mit freigegebenem Runbook</translation>
    </message>
    <message>
        <source>Tier-0/1 targets without a single point of failure</source>
        <translation>Ziele der Stufen 0/1 ohne einzelnen Ausfallpunkt</translation>
    </message>
    <message>
        <source>Actions closed on time</source>
        <translation>Maßnahmen rechtzeitig erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Losing %1 alone stops %n tier-0 process(es): %2.</source>
        <translation>
            <numerusform>Der Ausfall von %1 allein stoppt %n Prozess der Stufe 0: %2.</numerusform>
            <numerusform>Der Ausfall von %1 allein stoppt %n Prozesse der Stufe 0: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was down %2 in %3, beyond its recovery target of %4.</source>
        <translation>%1 war in %3 %2 ausgefallen, länger als das Wiederherstellungsziel von %4.</translation>
    </message>
    <message>
        <source>%1 takes %2 to recover, longer than its recovery target of %3.</source>
        <translation>%1 braucht %2 zur Wiederherstellung, länger als das Wiederherstellungsziel von %3.</translation>
    </message>
    <message>
        <source>The accepted risk &quot;%1&quot; on %2 (%3) expired on %4 and has not been decided again.</source>
        <translation>Das akzeptierte Risiko „%1“ bei %2 (%3) ist am %4 abgelaufen und wurde nicht neu entschieden.</translation>
    </message>
    <message>
        <source>The accepted failing control %1 (%2) expired on %3 and has not been decided again.</source>
        <translation>Die akzeptierte, nicht erfüllte Kontrolle %1 (%2) ist am %3 abgelaufen und wurde nicht neu entschieden.</translation>
    </message>
</context>
<context>
    <name>Continuity::ExecutiveReport</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Availability and resilience</source>
        <translation>Verfügbarkeit und Resilienz</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Resilience score</source>
        <translation>Resilienzwert</translation>
    </message>
    <message>
        <source>%1 out of 100: the mean of the %2 shares below that could be measured.</source>
        <translation>%1 von 100: der Mittelwert der %2 messbaren Anteile unten.</translation>
    </message>
    <message>
        <source>No share could be measured: the plan has no tier-0 or tier-1 service, SLO or action to measure.</source>
        <translation>Kein Anteil ließ sich messen: Der Plan hat keinen Dienst der Stufe 0 oder 1, kein SLO und keine Maßnahme.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The five shares of the resilience score, in percent</source>
        <translation>Die fünf Anteile des Resilienzwerts in Prozent</translation>
    </message>
    <message>
        <source>The five biggest risks</source>
        <translation>Die fünf größten Risiken</translation>
    </message>
    <message>
        <source>No single point of failure of a tier-0 process, no recovery gap, no infeasible SLO and no expired acceptance of a risk.</source>
        <translation>Kein einzelner Ausfallpunkt eines Prozesses der Stufe 0, keine Wiederherstellungslücke, kein unerreichbares SLO und keine abgelaufene Risikoakzeptanz.</translation>
    </message>
    <message>
        <source>Service levels of tier-0 and tier-1 services</source>
        <translation>Service-Level der Dienste der Stufen 0 und 1</translation>
    </message>
    <message>
        <source>No tier-0 or tier-1 service has an SLO.</source>
        <translation>Kein Dienst der Stufe 0 oder 1 hat ein SLO.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>%1 incidents started in the period. Time to restore: median %2, 90th percentile %3.</source>
        <translation>%1 Vorfälle begannen im Zeitraum. Zeit bis zur Wiederherstellung: Median %2, 90. Perzentil %3.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Schw. %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Median time to restore</source>
        <translation>Median bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 exercises ran in the period. Of %2 tier-0/1 services with a test interval, %3 were tested within it at the end of the period.</source>
        <translation>%1 Übungen fanden im Zeitraum statt. Von %2 Diensten der Stufen 0/1 mit Testintervall waren am Ende des Zeitraums %3 fristgerecht getestet.</translation>
    </message>
    <message>
        <source>Service or process</source>
        <translation>Dienst oder Prozess</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>RTO gaps measured in incidents (%1)</source>
        <translation>In Vorfällen gemessene RTO-Lücken (%1)</translation>
    </message>
    <message>
        <source>No tier-0/1 service or process stayed down beyond its RTO.</source>
        <translation>Kein Dienst oder Prozess der Stufen 0/1 war länger als seine RTO ausgefallen.</translation>
    </message>
    <message>
        <source>RTO gaps predicted from recovery times (%1)</source>
        <translation>Aus Wiederherstellungszeiten vorhergesagte RTO-Lücken (%1)</translation>
    </message>
    <message>
        <source>Every tier-0/1 service and process can be recovered within its RTO.</source>
        <translation>Jeder Dienst und Prozess der Stufen 0/1 lässt sich innerhalb seiner RTO wiederherstellen.</translation>
    </message>
    <message>
        <source>Actions, changes and controls</source>
        <translation>Maßnahmen, Änderungen und Kontrollen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>%1 open, %2 of them overdue; %3 of %4 due in the period closed on time</source>
        <translation>%1 offen, davon %2 überfällig; %3 von %4 im Zeitraum fälligen rechtzeitig erledigt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 of %2 changes closed in the period succeeded (%3)</source>
        <translation>%1 von %2 im Zeitraum abgeschlossenen Änderungen waren erfolgreich (%3)</translation>
    </message>
    <message>
        <source>No change was closed in the period</source>
        <translation>Im Zeitraum wurde keine Änderung abgeschlossen</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>%1 effective, %2 ineffective, %3 with expired evidence, %4 without evidence, %5 accepted as exceptions</source>
        <translation>%1 wirksam, %2 unwirksam, %3 mit abgelaufenem Nachweis, %4 ohne Nachweis, %5 als Ausnahme akzeptiert</translation>
    </message>
    <message>
        <source>How each figure is computed: docs/governance.md, &quot;Executive report&quot;.</source>
        <translation>Wie jede Zahl berechnet wird: docs/governance.md, „Executive report“.</translation>
    </message>
    <message>
        <source>SLOs met</source>
        <translation>SLOs eingehalten</translation>
    </message>
    <message>
        <source>Tested in time</source>
        <translation>Rechtzeitig getestet</translation>
    </message>
    <message>
        <source>Approved runbook</source>
        <translation>Freigegebenes Runbook</translation>
    </message>
    <message>
        <source>No single point of failure</source>
        <translation>Kein einzelner Ausfallpunkt</translation>
    </message>
    <message>
        <source>Actions on time</source>
        <translation>Maßnahmen rechtzeitig</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseConsole</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Time since the declaration</source>
        <translation>Zeit seit der Ausrufung</translation>
    </message>
    <message>
        <source>Start the exercise clock now</source>
        <translation>Die Übungsuhr jetzt starten</translation>
    </message>
    <message>
        <source>&amp;Correct Time… (C)</source>
        <translation>Zeit &amp;korrigieren… (C)</translation>
    </message>
    <message>
        <source>End Exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>&amp;Declare Start (D)</source>
        <translation>Start &amp;ausrufen (D)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Anhalten (P)</translation>
    </message>
    <message>
        <source>&amp;End Exercise (Ctrl+E)</source>
        <translation>Übung &amp;beenden (Strg+E)</translation>
    </message>
    <message>
        <source>who reports the next step</source>
        <translation>wer den nächsten Schritt meldet</translation>
    </message>
    <message>
        <source>&amp;Start Step (S)</source>
        <translation>Schritt &amp;starten (S)</translation>
    </message>
    <message>
        <source>&amp;Finish Step (F)</source>
        <translation>Schritt &amp;beenden (F)</translation>
    </message>
    <message>
        <source>Timeline &amp;Note… (N)</source>
        <translation>Zeitleisten-&amp;Notiz… (N)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>Ziel-RTO</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Gemeldet &amp;von:</translation>
    </message>
    <message>
        <source>Services against their RTO</source>
        <translation>Dienste gegenüber ihrer RTO</translation>
    </message>
    <message>
        <source>Service &amp;Recovered (R)</source>
        <translation>Dienst &amp;wiederhergestellt (R)</translation>
    </message>
    <message>
        <source>The service chosen in the table is back now: its measured RTO is the exercise clock at this moment</source>
        <translation>Der in der Tabelle gewählte Dienst läuft jetzt wieder: seine gemessene RTO ist die Uhr der Übung in diesem Moment</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Declare the exercise</source>
        <translation>Übung ausrufen</translation>
    </message>
    <message>
        <source>Resume the exercise</source>
        <translation>Übung fortsetzen</translation>
    </message>
    <message>
        <source>Pause the exercise</source>
        <translation>Übung pausieren</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still running</source>
        <translation>
            <numerusform>%n Schritt läuft noch</numerusform>
            <numerusform>%n Schritte laufen noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) not started</source>
        <translation>
            <numerusform>%n Schritt nicht begonnen</numerusform>
            <numerusform>%n Schritte nicht begonnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending now records the exercise as ended at %1 (%2 on the clock). Running steps keep their start and no finish; steps not started stay unstarted; a service whose runbook did not finish counts as not recovered in the results.</source>
        <translation>Jetzt zu beenden hält die Übung als um %1 beendet fest (%2 auf der Uhr). Laufende Schritte behalten ihren Beginn und kein Ende; nicht begonnene Schritte bleiben unbegonnen; ein Dienst, dessen Runbook nicht fertig wurde, gilt in den Ergebnissen als nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>End the Exercise?</source>
        <translation>Übung beenden?</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Start step &quot;%1&quot;</source>
        <translation>Schritt „%1“ starten</translation>
    </message>
    <message>
        <source>Finish step &quot;%1&quot;</source>
        <translation>Schritt „%1“ beenden</translation>
    </message>
    <message>
        <source>Correct Time</source>
        <translation>Zeit korrigieren</translation>
    </message>
    <message>
        <source>The step has not started: there is no time to correct.</source>
        <translation>Der Schritt hat nicht begonnen: es gibt keine Zeit zu korrigieren.</translation>
    </message>
    <message>
        <source>Finished at (HH:mm:ss, %1):</source>
        <translation>Beendet um (HH:mm:ss, %1):</translation>
    </message>
    <message>
        <source>Started at (HH:mm:ss, %1):</source>
        <translation>Begonnen um (HH:mm:ss, %1):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it as 09:41:30.</source>
        <translation>„%1“ ist keine Uhrzeit: schreiben Sie sie als 09:41:30.</translation>
    </message>
    <message>
        <source>Why is the time corrected?</source>
        <translation>Warum wird die Zeit korrigiert?</translation>
    </message>
    <message>
        <source>Who corrects it?</source>
        <translation>Wer korrigiert sie?</translation>
    </message>
    <message>
        <source>Correct the time of step &quot;%1&quot;</source>
        <translation>Zeit von Schritt „%1“ korrigieren</translation>
    </message>
    <message>
        <source>Timeline Note</source>
        <translation>Zeitleisten-Notiz</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Add a timeline note</source>
        <translation>Notiz zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Choose the service in &quot;Services against their RTO&quot; first.</source>
        <translation>Wählen Sie zuerst den Dienst unter „Dienste gegenüber ihrer RTO“.</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Corrected %1 of %2: %3 → %4 (%5: %6)</source>
        <translation>%1 von %2 korrigiert: %3 → %4 (%5: %6)</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>No exercise selected.</source>
        <translation>Keine Übung ausgewählt.</translation>
    </message>
    <message>
        <source>Planned for %1. Declare the start when the scenario is announced: the clock starts then.</source>
        <translation>Geplant für %1. Rufen Sie den Start aus, wenn das Szenario verkündet wird: dann startet die Uhr.</translation>
    </message>
    <message>
        <source>Running since %1.</source>
        <translation>Läuft seit %1.</translation>
    </message>
    <message>
        <source>Paused at %1: the clock stands still until you resume.</source>
        <translation>Pausiert um %1: die Uhr steht, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Ended at %1.</source>
        <translation>Beendet um %1.</translation>
    </message>
    <message>
        <source>no RTO target</source>
        <translation>kein RTO-Ziel</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>approaching: %1 left</source>
        <translation>Annäherung: noch %1</translation>
    </message>
    <message>
        <source>BEYOND RTO by %1</source>
        <translation>RTO ÜBERSCHRITTEN um %1</translation>
    </message>
    <message>
        <source>recovered in %1</source>
        <translation>wiederhergestellt in %1</translation>
    </message>
    <message>
        <source>recovered late, %1 over</source>
        <translation>zu spät wiederhergestellt, %1 darüber</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>escalate to %1</source>
        <translation>eskalieren an %1</translation>
    </message>
    <message>
        <source>%1 % of the RTO gone: notify %2</source>
        <translation>%1 % der RTO verstrichen: %2 benachrichtigen</translation>
    </message>
    <message>
        <source>%1 — call %2</source>
        <translation>%1 – anrufen: %2</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseFollowUpView</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Add Action…</source>
        <translation>Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Test every</source>
        <translation>Testen alle</translation>
    </message>
    <message>
        <source>Last tested</source>
        <translation>Zuletzt getestet</translation>
    </message>
    <message>
        <source>Next test due</source>
        <translation>Nächster Test fällig</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Next test due per tier-0/1 service (tier policy)</source>
        <translation>Nächster Test fällig je Dienst der Stufe 0/1 (Stufenrichtlinie)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>now (never tested)</source>
        <translation>jetzt (nie getestet)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — überfällig</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Maßnahme umbenennen</translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation>Verantwortliche der Maßnahme ändern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-04-30.</source>
        <translation>„%1“ ist kein Datum: schreiben Sie es als 2026-04-30.</translation>
    </message>
    <message>
        <source>Change action due date</source>
        <translation>Fälligkeit der Maßnahme ändern</translation>
    </message>
    <message>
        <source>Close action &quot;%1&quot;</source>
        <translation>Maßnahme „%1“ abschließen</translation>
    </message>
    <message>
        <source>Reopen action &quot;%1&quot;</source>
        <translation>Maßnahme „%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>What must be done? (owner and due date in the table)</source>
        <translation>Was ist zu tun? (Verantwortliche und Fälligkeit in der Tabelle)</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Action items over time</source>
        <translation>Maßnahmen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Erfasst in</translation>
    </message>
    <message>
        <source>Action items of every exercise and post-mortem (open ones first; overdue in red)</source>
        <translation>Maßnahmen aller Übungen und Nachbetrachtungen (offene zuerst; überfällige rot)</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseLog</name>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>The exercise has not been declared: start it first.</source>
        <translation>Die Übung wurde nicht ausgerufen: starten Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The exercise is paused: resume it first.</source>
        <translation>Die Übung ist pausiert: setzen Sie sie zuerst fort.</translation>
    </message>
    <message>
        <source>The exercise has ended: correct a time instead of reporting a step.</source>
        <translation>Die Übung ist beendet: korrigieren Sie eine Zeit, statt einen Schritt zu melden.</translation>
    </message>
    <message>
        <source>%1 is before the exercise was declared (%2).</source>
        <translation>%1 liegt vor der Ausrufung der Übung (%2).</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Tabletop</source>
        <translation>Planspiel</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Durchsprache</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Parallel test</source>
        <translation>Paralleltest</translation>
    </message>
    <message>
        <source>Full interruption</source>
        <translation>Vollständige Unterbrechung</translation>
    </message>
    <message>
        <source>Call-tree drill</source>
        <translation>Alarmierungsübung</translation>
    </message>
    <message>
        <source>The exercise was already declared at %1.</source>
        <translation>Die Übung wurde bereits um %1 ausgerufen.</translation>
    </message>
    <message>
        <source>The exercise is not paused.</source>
        <translation>Die Übung ist nicht pausiert.</translation>
    </message>
    <message>
        <source>%1 is before the pause began (%2).</source>
        <translation>%1 liegt vor dem Beginn der Pause (%2).</translation>
    </message>
    <message>
        <source>The exercise has already ended.</source>
        <translation>Die Übung ist bereits beendet.</translation>
    </message>
    <message>
        <source>Name the runbook and the step.</source>
        <translation>Nennen Sie das Runbook und den Schritt.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; already started at %2.</source>
        <translation>Schritt „%1“ hat bereits um %2 begonnen.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; already finished at %2.</source>
        <translation>Schritt „%1“ wurde bereits um %2 beendet.</translation>
    </message>
    <message>
        <source>%1 is before the step started (%2).</source>
        <translation>%1 liegt vor dem Beginn des Schritts (%2).</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has not started: start it to note something.</source>
        <translation>Schritt „%1“ hat nicht begonnen: starten Sie ihn, um etwas zu notieren.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no time to correct.</source>
        <translation>Schritt „%1“ hat keine Zeit zum Korrigieren.</translation>
    </message>
    <message>
        <source>Say who corrects the time.</source>
        <translation>Sagen Sie, wer die Zeit korrigiert.</translation>
    </message>
    <message>
        <source>Say why the time is corrected.</source>
        <translation>Sagen Sie, warum die Zeit korrigiert wird.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has not finished.</source>
        <translation>Schritt „%1“ ist nicht beendet.</translation>
    </message>
    <message>
        <source>Only startedAt and finishedAt can be corrected.</source>
        <translation>Nur startedAt und finishedAt können korrigiert werden.</translation>
    </message>
    <message>
        <source>The corrected time is the time already recorded.</source>
        <translation>Die korrigierte Zeit ist die bereits erfasste Zeit.</translation>
    </message>
    <message>
        <source>A step cannot finish before it starts.</source>
        <translation>Ein Schritt kann nicht enden, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseReport</name>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, Schritt %2: %3</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Nobody has been called yet.</source>
        <translation>Noch niemand wurde angerufen.</translation>
    </message>
    <message>
        <source>%1 of %2 people confirmed, %3 % within the target of %4; %5 cut off.</source>
        <translation>%1 von %2 Personen haben bestätigt, %3 % innerhalb des Ziels von %4; %5 abgeschnitten.</translation>
    </message>
    <message>
        <source>Call-tree drill report — %1</source>
        <translation>Bericht der Alarmierungsübung — %1</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Alarmierungskette</translation>
    </message>
    <message>
        <source>Drill clock</source>
        <translation>Uhr der Übung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Times run on the drill&apos;s clock from the declaration (pauses left out). T50, T90 and T100 are the times by which half, 90 % and all of the people who could be reached had confirmed; people found unreachable are not counted in them.</source>
        <translation>Die Zeiten laufen auf der Uhr der Übung ab dem Start (ohne Pausen). T50, T90 und T100 sind die Zeiten, bis zu denen die Hälfte, 90 % und alle erreichbaren Personen bestätigt hatten; nicht erreichbare Personen zählen darin nicht.</translation>
    </message>
    <message>
        <source>People called</source>
        <translation>Angerufene Personen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>T50</source>
        <translation>T50</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>T90</source>
        <translation>T90</translation>
    </message>
    <message>
        <source>T100</source>
        <translation>T100</translation>
    </message>
    <message>
        <source>Within the target of %1</source>
        <translation>Innerhalb des Ziels von %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Reach times</source>
        <translation>Erreichbarkeitszeiten</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>Gegen das Ziel</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 darüber</translation>
    </message>
    <message>
        <source>within</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>nie erreicht</translation>
    </message>
    <message>
        <source>The call tree has changed since the drill: expected times are left out.</source>
        <translation>Die Alarmierungskette hat sich seit der Übung geändert: erwartete Zeiten werden weggelassen.</translation>
    </message>
    <message>
        <source>People cut off</source>
        <translation>Abgeschnittene Personen</translation>
    </message>
    <message>
        <source>Everyone called confirmed.</source>
        <translation>Alle Angerufenen haben bestätigt.</translation>
    </message>
    <message>
        <source>Found during the drill</source>
        <translation>In der Übung festgestellt</translation>
    </message>
    <message>
        <source>Changes to contact details</source>
        <translation>Änderungen an Kontaktangaben</translation>
    </message>
    <message>
        <source>None were found.</source>
        <translation>Keine festgestellt.</translation>
    </message>
    <message>
        <source>Measured mobilisation</source>
        <translation>Gemessene Mobilisierung</translation>
    </message>
    <message>
        <source>Per role, when the last of its members the drill called confirmed; measured only when all of them did.</source>
        <translation>Je Rolle: wann das letzte ihrer angerufenen Mitglieder bestätigte; nur gemessen, wenn alle bestätigt haben.</translation>
    </message>
    <message>
        <source>Members confirmed</source>
        <translation>Mitglieder bestätigt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No role&apos;s members were called.</source>
        <translation>Es wurden keine Mitglieder einer Rolle angerufen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No service was in scope.</source>
        <translation>Kein Dienst war im Umfang.</translation>
    </message>
    <message>
        <source>Every service in scope met its targets.</source>
        <translation>Jeder Dienst im Umfang hat seine Ziele eingehalten.</translation>
    </message>
    <message>
        <source>%1 of %2 services met their RTO target, %3 missed it; %4 met the RPO target, %5 missed it.</source>
        <translation>%1 von %2 Diensten haben ihr RTO-Ziel eingehalten, %3 verfehlt; %4 haben das RPO-Ziel eingehalten, %5 verfehlt.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>DR exercise report — %1, %2</source>
        <translation>Bericht zur Notfallübung — %1, %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>Übungsuhr</translation>
    </message>
    <message>
        <source>Runbooks tested</source>
        <translation>Getestete Runbooks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Services in scope</source>
        <translation>Dienste im Umfang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>%1. Runbooks tested: %2. Services in scope: %3.</source>
        <translation>%1. Getestete Runbooks: %2. Dienste im Umfang: %3.</translation>
    </message>
    <message>
        <source>Not measured: %1.</source>
        <translation>Nicht gemessen: %1.</translation>
    </message>
    <message>
        <source>**Biggest gaps** against the RTO target:</source>
        <translation>**Größte Lücken** gegenüber dem RTO-Ziel:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>Ziel-RTO</translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation>Gemessene RTO</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Überschritten um</translation>
    </message>
    <message>
        <source>Findings recorded: %1. Action items raised: %2, still open: %3.</source>
        <translation>Erfasste Befunde: %1. Erfasste Maßnahmen: %2, noch offen: %3.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Abgeschnitten</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>Keine angegeben.</translation>
    </message>
    <message>
        <source>Results against targets</source>
        <translation>Ergebnisse gegenüber den Zielen</translation>
    </message>
    <message>
        <source>Measured RTO runs on the exercise clock from the declaration to the finish of each service&apos;s verification step (pauses left out), unless it was entered. Measured RPO is the time from the newest data that came back to the declaration, unless it was entered.</source>
        <translation>Die gemessene RTO läuft auf der Übungsuhr von der Ausrufung bis zum Ende des Prüfschritts jedes Dienstes (ohne Pausen), sofern sie nicht eingegeben wurde. Die gemessene RPO ist die Zeit von den neuesten zurückgewonnenen Daten bis zur Ausrufung, sofern sie nicht eingegeben wurde.</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Target RPO</source>
        <translation>Ziel-RPO</translation>
    </message>
    <message>
        <source>Measured RPO</source>
        <translation>Gemessene RPO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>(entered)</source>
        <translation>(eingegeben)</translation>
    </message>
    <message>
        <source>Note on the result</source>
        <translation>Anmerkung zum Ergebnis</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Exercise declared: clock starts</source>
        <translation>Übung ausgerufen: die Uhr startet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Exercise ended</source>
        <translation>Übung beendet</translation>
    </message>
    <message>
        <source>The exercise has not been run: nothing was logged.</source>
        <translation>Die Übung wurde nicht durchgeführt: nichts wurde protokolliert.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>**Corrected times.** The timeline shows the corrected times; the originals as recorded are kept here.</source>
        <translation>**Korrigierte Zeiten.** Die Zeitleiste zeigt die korrigierten Zeiten; die ursprünglich erfassten stehen hier.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Von wem, wann</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Runbook step</source>
        <translation>Runbook-Schritt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Gedauert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation>%1 — %2. %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Steps against expected durations</source>
        <translation>Schritte gegenüber erwarteter Dauer</translation>
    </message>
    <message>
        <source>Findings and actions</source>
        <translation>Befunde und Maßnahmen</translation>
    </message>
    <message>
        <source>No findings were recorded.</source>
        <translation>Es wurden keine Befunde erfasst.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Erfasst in</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>this exercise</source>
        <translation>diese Übung</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Es wurden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>By signing, the exercise coordinator confirms this record of the exercise and management accepts the results and the actions above.</source>
        <translation>Mit der Unterschrift bestätigt die Übungsleitung diese Aufzeichnung der Übung, und die Leitung nimmt die Ergebnisse und die obigen Maßnahmen an.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Exercise coordinator</source>
        <translation>Übungsleitung</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Dienstverantwortliche</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Leitung</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseResults</name>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>verfehlt</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseResultsView</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RTO target
(hours)</source>
        <translation>Ziel-RTO
(Stunden)</translation>
    </message>
    <message>
        <source>Measured
RTO (hours)</source>
        <translation>Gemessene
RTO (Stunden)</translation>
    </message>
    <message>
        <source>RPO target
(hours)</source>
        <translation>Ziel-RPO
(Stunden)</translation>
    </message>
    <message>
        <source>Measured
RPO (hours)</source>
        <translation>Gemessene
RPO (Stunden)</translation>
    </message>
    <message>
        <source>Data-loss
point</source>
        <translation>Datenverlust-
punkt</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Measured RTO comes from the log (declaration to the finish of the service&apos;s verification step) unless you enter it. Measured RPO comes from the data-loss point (the newest data that came back, YYYY-MM-DD HH:MM) unless you enter it.</source>
        <translation>Die gemessene RTO stammt aus dem Protokoll (Ausrufung bis Ende des Prüfschritts des Dienstes), sofern Sie sie nicht eingeben. Die gemessene RPO folgt aus dem Datenverlustpunkt (die neuesten zurückgewonnenen Daten, JJJJ-MM-TT HH:MM), sofern Sie sie nicht eingeben.</translation>
    </message>
    <message>
        <source>Add Finding…</source>
        <translation>Befund hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Finding</source>
        <translation>Befund entfernen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>From the log: step &quot;%1&quot; of runbook &quot;%2&quot; finished. Type a value to enter it instead.</source>
        <translation>Aus dem Protokoll: Schritt „%1“ von Runbook „%2“ ist beendet. Geben Sie einen Wert ein, um ihn stattdessen festzulegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours.</source>
        <translation>„%1“ ist keine Anzahl Stunden.</translation>
    </message>
    <message>
        <source>Enter measured RTO of %1</source>
        <translation>Gemessene RTO von %1 eingeben</translation>
    </message>
    <message>
        <source>Enter measured RPO of %1</source>
        <translation>Gemessene RPO von %1 eingeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: write it as 2026-03-14 08:54.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit: schreiben Sie es als 2026-03-14 08:54.</translation>
    </message>
    <message>
        <source>Enter data-loss point of %1</source>
        <translation>Datenverlustpunkt von %1 eingeben</translation>
    </message>
    <message>
        <source>Note on the result of %1</source>
        <translation>Anmerkung zum Ergebnis von %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Add Finding</source>
        <translation>Befund hinzufügen</translation>
    </message>
    <message>
        <source>What did the exercise show?</source>
        <translation>Was hat die Übung gezeigt?</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Befund hinzufügen</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Befund entfernen</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Befund bearbeiten</translation>
    </message>
    <message>
        <source>Measured against target RTO (hours)</source>
        <translation>Gemessen gegenüber Ziel-RTO (Stunden)</translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation>Gemessene RTO</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>Ziel-RTO</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Measured RTO across exercises (hours)</source>
        <translation>Gemessene RTO über die Übungen (Stunden)</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseStepsModel</name>
    <message>
        <source>Its finish marks the service as recovered (measured RTO).</source>
        <translation>Sein Ende markiert den Dienst als wiederhergestellt (gemessene RTO).</translation>
    </message>
    <message>
        <source>Corrected by %1 at %2 from %3: %4</source>
        <translation>Korrigiert von %1 um %2 von %3: %4</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Gedauert</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on step &quot;%1&quot;</source>
        <translation>Notiz zu Schritt „%1“</translation>
    </message>
</context>
<context>
    <name>Continuity::ExercisesPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New Exercise…</source>
        <translation>Neue Übung…</translation>
    </message>
    <message>
        <source>Delete Exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Days with an exercise are bold. Pick one to open its exercise; New Exercise… plans one on the picked day.</source>
        <translation>Tage mit einer Übung sind fett. Wählen Sie einen, um seine Übung zu öffnen; Neue Übung… plant eine am gewählten Tag.</translation>
    </message>
    <message>
        <source>The call tree this drill calls; fixed once the drill is declared</source>
        <translation>Die Alarmierungskette dieser Übung; nach dem Start nicht mehr änderbar</translation>
    </message>
    <message>
        <source>Services tested besides those of the runbooks. Delete removes the selected one.</source>
        <translation>Getestete Dienste zusätzlich zu denen der Runbooks. Entf entfernt den ausgewählten.</translation>
    </message>
    <message>
        <source>type a service name and press Enter to add it</source>
        <translation>Dienstnamen eingeben und Eingabe drücken, um ihn hinzuzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Type into the last row to add someone; clear a name to remove them.</source>
        <translation>In die letzte Zeile schreiben, um jemanden hinzuzufügen; einen Namen leeren, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>What the exercise must show, in plain words</source>
        <translation>Was die Übung zeigen muss, in klaren Worten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Call tree:</source>
        <translation>&amp;Alarmierungskette:</translation>
    </message>
    <message>
        <source>&amp;Runbooks:</source>
        <translation>&amp;Runbooks:</translation>
    </message>
    <message>
        <source>Other &amp;services:</source>
        <translation>Weitere &amp;Dienste:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Live Console</source>
        <translation>Live-Konsole</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Actions and Schedule</source>
        <translation>Maßnahmen und Zeitplan</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot; in the plan.</source>
        <translation>Im Plan gibt es keinen Dienst „%1“.</translation>
    </message>
    <message>
        <source>Add %1 to the exercise</source>
        <translation>%1 zur Übung hinzufügen</translation>
    </message>
    <message>
        <source>planned, date passed</source>
        <translation>geplant, Datum verstrichen</translation>
    </message>
    <message>
        <source>%1  %2
%3 · %4</source>
        <translation>%1  %2
%3 · %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No exercise</source>
        <translation>Keine Übung</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (nicht mehr im Plan)</translation>
    </message>
    <message>
        <source>Change exercise &quot;%1&quot;</source>
        <translation>Übung „%1“ ändern</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Change objectives</source>
        <translation>Ziele ändern</translation>
    </message>
    <message>
        <source>Change the scope of &quot;%1&quot;</source>
        <translation>Umfang von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change participants</source>
        <translation>Teilnehmende ändern</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Title of the exercise:</source>
        <translation>Titel der Übung:</translation>
    </message>
    <message>
        <source>DR exercise</source>
        <translation>Notfallübung</translation>
    </message>
    <message>
        <source>Deleted the exercise; Undo brings it back.</source>
        <translation>Die Übung wurde gelöscht; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Export Exercise Report as PDF</source>
        <translation>Übungsbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Continuity::Findings</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a name in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <comment>a name in quotation marks and its id</comment>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 is tier %2, but %3 (tier %4) cannot work without it. Raise it to tier %4, or remove the hard dependency.</source>
        <translation>%1 hat Stufe %2, aber %3 (Stufe %4) funktioniert nicht ohne ihn. Heben Sie ihn auf Stufe %4 an oder entfernen Sie die harte Abhängigkeit.</translation>
    </message>
    <message>
        <source>%1 has no tier, but %2 (tier %3) cannot work without it. Assign it tier %3 or more critical.</source>
        <translation>%1 hat keine Stufe, aber %2 (Stufe %3) funktioniert nicht ohne ihn. Weisen Sie ihm Stufe %3 oder kritischer zu.</translation>
    </message>
    <message>
        <source>%1 has an RTO of %2, longer than the %3 of %4, which cannot work without it. Shorten its RTO to %3 or less, or make the dependency soft or redundant.</source>
        <translation>%1 hat eine RTO von %2, länger als die %3 von %4, das ohne ihn nicht funktioniert. Verkürzen Sie seine RTO auf %3 oder weniger, oder machen Sie die Abhängigkeit weich oder redundant.</translation>
    </message>
    <message>
        <source>%1 may lose %2 of data, more than the %3 that %4 can accept. Bring its RPO down to %3 or less.</source>
        <translation>%1 kann %2 Daten verlieren, mehr als die %3, die %4 hinnehmen kann. Senken Sie seine RPO auf %3 oder weniger.</translation>
    </message>
    <message>
        <source>%1 has an RPO target of %2 but no replication or backup, so any loss is unbounded. Set up replication or backups.</source>
        <translation>%1 hat ein RPO-Ziel von %2, aber weder Replikation noch Sicherung, also ist jeder Verlust unbegrenzt. Richten Sie Replikation oder Sicherungen ein.</translation>
    </message>
    <message>
        <source>%1 has an RPO target of %2, but its replication can only achieve %3. Replicate more often or accept a longer RPO.</source>
        <translation>%1 hat ein RPO-Ziel von %2, aber seine Replikation schafft nur %3. Replizieren Sie häufiger oder akzeptieren Sie eine längere RPO.</translation>
    </message>
    <message>
        <source>%1 carries %2, which asks for tier %3 or more critical; it is %4.</source>
        <translation>%1 trägt %2, das Stufe %3 oder kritischer verlangt; er hat %4.</translation>
    </message>
    <message>
        <source>not tiered</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 carries %2, which allows at most %3 of data loss; its RPO is %4.</source>
        <translation>%1 trägt %2, das höchstens %3 Datenverlust erlaubt; seine RPO ist %4.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (Stufe %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n targets, the most critical %1</source>
        <translation>
            <numerusform>%n Ziel, das kritischste %1</numerusform>
            <numerusform>%n Ziele, die kritischsten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Losing %1 alone takes down %2. Add redundancy for it, or record why the risk is accepted.</source>
        <translation>Der Verlust von %1 allein legt %2 lahm. Schaffen Sie dafür Redundanz oder halten Sie fest, warum das Risiko akzeptiert wird.</translation>
    </message>
    <message>
        <source>%1 depend on each other in a cycle of hard dependencies, so none of them can be recovered first. Break the cycle (make one dependency soft, or plan a manual bootstrap) and write it into a runbook.</source>
        <translation>%1 hängen in einem Kreis harter Abhängigkeiten voneinander ab, sodass keiner zuerst wiederhergestellt werden kann. Brechen Sie den Kreis (machen Sie eine Abhängigkeit weich oder planen Sie einen manuellen Bootstrap) und schreiben Sie es in ein Runbook.</translation>
    </message>
    <message>
        <source>Redundancy group &quot;%1&quot; of %2 needs %3 providers but has %4. Add providers to the group or lower its quorum.</source>
        <translation>Redundanzgruppe „%1“ von %2 braucht %3 Anbieter, hat aber %4. Fügen Sie der Gruppe Anbieter hinzu oder senken Sie ihr Quorum.</translation>
    </message>
    <message>
        <source>%1 has no RTO target. Agree one with its owner.</source>
        <translation>%1 hat kein RTO-Ziel. Vereinbaren Sie eines mit den Verantwortlichen.</translation>
    </message>
    <message>
        <source>%1 has an RTO target but no recovery time, so recovery analyses assume it comes back instantly. Enter how long it takes to bring back.</source>
        <translation>%1 hat ein RTO-Ziel, aber keine Wiederherstellungszeit, sodass Wiederherstellungsanalysen annehmen, dass er sofort zurück ist. Geben Sie ein, wie lange die Wiederherstellung dauert.</translation>
    </message>
    <message>
        <source>Tier inversion</source>
        <translation>Stufen-Inversion</translation>
    </message>
    <message>
        <source>RTO inversion</source>
        <translation>RTO-Inversion</translation>
    </message>
    <message>
        <source>RPO inversion</source>
        <translation>RPO-Inversion</translation>
    </message>
    <message>
        <source>RPO not achievable</source>
        <translation>RPO nicht erreichbar</translation>
    </message>
    <message>
        <source>Tier below regulation</source>
        <translation>Stufe unter regulatorischer Vorgabe</translation>
    </message>
    <message>
        <source>RPO beyond regulation</source>
        <translation>RPO über regulatorischer Vorgabe</translation>
    </message>
    <message>
        <source>Missing tier</source>
        <translation>Fehlende Stufe</translation>
    </message>
    <message>
        <source>Missing RTO</source>
        <translation>Fehlende RTO</translation>
    </message>
    <message>
        <source>Missing recovery time</source>
        <translation>Fehlende Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>Einzelner Ausfallpunkt</translation>
    </message>
    <message>
        <source>Dependency cycle</source>
        <translation>Abhängigkeitszyklus</translation>
    </message>
    <message>
        <source>Quorum larger than its group</source>
        <translation>Quorum größer als seine Gruppe</translation>
    </message>
    <message>
        <source>Runbook without steps</source>
        <translation>Runbook ohne Schritte</translation>
    </message>
    <message>
        <source>Runbook longer than the RTO</source>
        <translation>Runbook länger als die RTO</translation>
    </message>
    <message>
        <source>Runbook step without duration</source>
        <translation>Runbook-Schritt ohne Dauer</translation>
    </message>
    <message>
        <source>Runbook step without owner</source>
        <translation>Runbook-Schritt ohne Verantwortlichen</translation>
    </message>
    <message>
        <source>Runbook step without verification</source>
        <translation>Runbook-Schritt ohne Prüfung</translation>
    </message>
    <message>
        <source>Owner not a contact</source>
        <translation>Verantwortlicher ist kein Kontakt</translation>
    </message>
    <message>
        <source>Owner without phone</source>
        <translation>Verantwortlicher ohne Telefon</translation>
    </message>
    <message>
        <source>Contact details not verified</source>
        <translation>Kontaktdaten nicht bestätigt</translation>
    </message>
    <message>
        <source>Role without members</source>
        <translation>Rolle ohne Mitglieder</translation>
    </message>
    <message>
        <source>Sole member of critical roles</source>
        <translation>Einziges Mitglied kritischer Rollen</translation>
    </message>
    <message>
        <source>Person as single point of failure</source>
        <translation>Person als einzelner Ausfallpunkt</translation>
    </message>
    <message>
        <source>Call tree not drilled</source>
        <translation>Alarmierungskette nicht geübt</translation>
    </message>
    <message>
        <source>Call tree slower than its target</source>
        <translation>Alarmierungskette langsamer als ihr Ziel</translation>
    </message>
    <message>
        <source>RTO breached</source>
        <translation>RTO überschritten</translation>
    </message>
    <message>
        <source>Maximum downtime exceeded</source>
        <translation>Maximal tolerierbare Ausfallzeit überschritten</translation>
    </message>
    <message>
        <source>RPO breached</source>
        <translation>RPO überschritten</translation>
    </message>
    <message>
        <source>RTO unrealistic</source>
        <translation>RTO unrealistisch</translation>
    </message>
    <message>
        <source>Recurring incident</source>
        <translation>Wiederkehrender Vorfall</translation>
    </message>
    <message>
        <source>Post-mortem missing</source>
        <translation>Nachbetrachtung fehlt</translation>
    </message>
    <message>
        <source>Post-mortem overdue</source>
        <translation>Nachbetrachtung überfällig</translation>
    </message>
    <message>
        <source>Error budget exhausted</source>
        <translation>Fehlerbudget aufgebraucht</translation>
    </message>
    <message>
        <source>SLO infeasible</source>
        <translation>SLO nicht erreichbar</translation>
    </message>
    <message>
        <source>SLO without objective</source>
        <translation>SLO ohne Zielwert</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1 owns steps of runbooks for tier 0/1 services (%2) but has no phone number in the plan. Add one, so that they can be called when it matters.</source>
        <translation>%1 verantwortet Schritte von Runbooks für Dienste der Stufe 0/1 (%2), hat im Plan aber keine Telefonnummer. Tragen Sie eine ein, damit die Person im Ernstfall erreichbar ist.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; owns steps of runbooks for tier 0/1 services (%2) but has no members: nobody would be called. Name at least two.</source>
        <translation>Die Rolle „%1“ verantwortet Schritte von Runbooks für Dienste der Stufe 0/1 (%2), hat aber keine Mitglieder: Niemand würde angerufen. Benennen Sie mindestens zwei.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; owns steps of runbooks for tier 0/1 services (%2) and only %3 can do it: a people single point of failure. Name an alternate.</source>
        <translation>Die Rolle „%1“ verantwortet Schritte von Runbooks für Dienste der Stufe 0/1 (%2), und nur %3 kann sie ausfüllen: ein personeller einzelner Ausfallpunkt. Benennen Sie eine Vertretung.</translation>
    </message>
    <message>
        <source>%1 is in role &quot;%2&quot;, which owns steps of runbooks for tier 0/1 services (%3), but has no phone number in the plan.</source>
        <translation>%1 gehört zur Rolle „%2“, die Schritte von Runbooks für Dienste der Stufe 0/1 verantwortet (%3), hat im Plan aber keine Telefonnummer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the only member of %n roles that recover tier 0/1 services (%2): losing one person stops all of them.</source>
        <translation>
            <numerusform>%1 ist das einzige Mitglied von %n Rolle, die Tier-0/1-Dienste wiederherstellt (%2): Fällt diese Person aus, steht alles still.</numerusform>
            <numerusform>%1 ist das einzige Mitglied von %n Rollen, die Tier-0/1-Dienste wiederherstellen (%2): Fällt diese Person aus, stehen alle still.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has never confirmed their contact details. Ask them, then note the date.</source>
        <translation>%1 hat die Kontaktdaten nie bestätigt. Fragen Sie nach und tragen Sie das Datum ein.</translation>
    </message>
    <message>
        <source>%1 last confirmed their contact details on %2, more than %3 days ago. Ask them again, then note the date.</source>
        <translation>%1 hat die Kontaktdaten zuletzt am %2 bestätigt, vor mehr als %3 Tagen. Fragen Sie erneut nach und tragen Sie das Datum ein.</translation>
    </message>
    <message>
        <source>Call tree &quot;%1&quot; needs %2 min to reach everyone, more than its target of %3 min. Let more callers call in parallel, or agree a longer target.</source>
        <translation>Die Alarmierungskette „%1“ braucht %2 min, um alle zu erreichen, mehr als das Ziel von %3 min. Lassen Sie mehr Personen parallel anrufen oder vereinbaren Sie ein längeres Ziel.</translation>
    </message>
    <message>
        <source>Call tree &quot;%1&quot; has never been drilled. Run a call-tree drill from the Exercises area to learn how long it really takes.</source>
        <translation>Die Alarmierungskette „%1“ wurde nie geübt. Führen Sie im Bereich Übungen eine Alarmierungsübung durch, um zu erfahren, wie lange sie wirklich dauert.</translation>
    </message>
    <message numerus="yes">
        <source>Call tree &quot;%1&quot; was last drilled on %2, more than %n month(s) ago. Drill it again.</source>
        <translation>
            <numerusform>Die Alarmierungskette „%1“ wurde zuletzt am %2 geübt, vor mehr als %n Monat. Üben Sie sie erneut.</numerusform>
            <numerusform>Die Alarmierungskette „%1“ wurde zuletzt am %2 geübt, vor mehr als %n Monaten. Üben Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner &quot;%1&quot; (%n time(s) in the plan) is not a known person or role. Add them under People, or choose one who is.</source>
        <translation>
            <numerusform>Verantwortlich „%1“ (%n-mal im Plan) ist keine bekannte Person oder Rolle. Legen Sie sie unter Personen an oder wählen Sie eine bekannte.</numerusform>
            <numerusform>Verantwortlich „%1“ (%n-mal im Plan) ist keine bekannte Person oder Rolle. Legen Sie sie unter Personen an oder wählen Sie eine bekannte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was down %2 h in %3, longer than its RTO of %4 h. Review the recovery with the incident&apos;s post-mortem.</source>
        <translation>%1 war in %3 %2 h ausgefallen, länger als seine RTO von %4 h. Prüfen Sie die Wiederherstellung mit der Nachbetrachtung des Vorfalls.</translation>
    </message>
    <message>
        <source>%1 was down %2 h in %3, beyond its maximum tolerable downtime of %4 h.</source>
        <translation>%1 war in %3 %2 h ausgefallen, länger als seine maximal tolerierbare Ausfallzeit von %4 h.</translation>
    </message>
    <message>
        <source>%1 lost %2 h of data in %3, more than its RPO of %4 h.</source>
        <translation>%1 hat in %3 Daten von %2 h verloren, mehr als seine RPO von %4 h.</translation>
    </message>
    <message>
        <source>%1 had %2 outages in the last twelve months; 90 % of them lasted up to %3 h, above its RTO of %4 h. Change the target or the design.</source>
        <translation>%1 hatte in den letzten zwölf Monaten %2 Ausfälle; 90 % davon dauerten bis zu %3 h, mehr als seine RTO von %4 h. Ändern Sie das Ziel oder die Architektur.</translation>
    </message>
    <message>
        <source>%1 failed again within six months for the same kind of cause (%2): %3. Treat the cause, not the symptom.</source>
        <translation>%1 ist innerhalb von sechs Monaten erneut aus derselben Art von Ursache ausgefallen (%2): %3. Beheben Sie die Ursache, nicht das Symptom.</translation>
    </message>
    <message>
        <source>Incident %1 (%2, severity %3) has no post-mortem; it was due on %4.</source>
        <translation>Vorfall %1 (%2, Schweregrad %3) hat keine Nachbetrachtung; sie war am %4 fällig.</translation>
    </message>
    <message>
        <source>The post-mortem of incident %1 (%2, severity %3) is not reviewed; it was due on %4.</source>
        <translation>Die Nachbetrachtung von Vorfall %1 (%2, Schweregrad %3) ist nicht abgenommen; sie war am %4 fällig.</translation>
    </message>
    <message>
        <source>The error budget of %1 (%2 % over %3) is used up: %4 min down against %5 min allowed.</source>
        <translation>Das Fehlerbudget von %1 (%2 % über %3) ist aufgebraucht: %4 min Ausfall gegenüber %5 min erlaubt.</translation>
    </message>
    <message>
        <source>Only emergency changes to it until %1, when the budget recovers.</source>
        <translation>Bis %1, wenn sich das Budget erholt, nur Notfalländerungen daran.</translation>
    </message>
    <message>
        <source>%1 is predicted to be available %2 % of the time, below its SLO of %3 %.</source>
        <translation>%1 ist voraussichtlich %2 % der Zeit verfügbar, weniger als sein SLO von %3 %.</translation>
    </message>
    <message>
        <source>A second, redundant %1 would raise it to %2 %.</source>
        <translation>Ein zweites, redundantes %1 würde sie auf %2 % heben.</translation>
    </message>
    <message>
        <source>The SLO of %1 sets no objective and its tier has no default. Give it an objective.</source>
        <translation>Das SLO von %1 setzt keinen Zielwert, und seine Stufe hat keinen Standardwert. Geben Sie ihm einen Zielwert.</translation>
    </message>
    <message>
        <source>Change in a freeze</source>
        <translation>Änderung im Freeze</translation>
    </message>
    <message>
        <source>Change conflict</source>
        <translation>Änderungskonflikt</translation>
    </message>
    <message>
        <source>Change without its controls</source>
        <translation>Änderung ohne ihre Kontrollen</translation>
    </message>
    <message>
        <source>Closed change without outcome</source>
        <translation>Abgeschlossene Änderung ohne Ergebnis</translation>
    </message>
    <message>
        <source>Backout runbook never exercised</source>
        <translation>Rückfall-Runbook nie geübt</translation>
    </message>
    <message>
        <source>Emergency change in a freeze</source>
        <translation>Notfalländerung im Freeze</translation>
    </message>
    <message>
        <source>Control ineffective</source>
        <translation>Kontrolle unwirksam</translation>
    </message>
    <message>
        <source>Control evidence expired</source>
        <translation>Nachweis der Kontrolle abgelaufen</translation>
    </message>
    <message>
        <source>Exception expired</source>
        <translation>Ausnahme abgelaufen</translation>
    </message>
    <message>
        <source>SLO infeasible with a supplier&apos;s SLA</source>
        <translation>SLO mit dem SLA eines Lieferanten nicht erreichbar</translation>
    </message>
    <message>
        <source>SLO weaker than a commitment</source>
        <translation>SLO schwächer als eine Zusage</translation>
    </message>
    <message>
        <source>Committed RTO shorter than the RTO</source>
        <translation>Zugesagte RTO kürzer als die RTO</translation>
    </message>
    <message>
        <source>Commitment without an SLO</source>
        <translation>Zusage ohne SLO</translation>
    </message>
</context>
<context>
    <name>Continuity::FindingsReport</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Was er sagt</translation>
    </message>
    <message>
        <source>Findings review</source>
        <translation>Befundbericht</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Verglichen mit %1</translation>
    </message>
    <message>
        <source>As of %4: errors %1, warnings %2, information %3.</source>
        <translation>Stand %4: Fehler %1, Warnungen %2, Hinweise %3.</translation>
    </message>
    <message>
        <source>Since the older copy: %1 new, %2 resolved, %3 still open.</source>
        <translation>Seit der älteren Kopie: %1 neu, %2 behoben, %3 weiter offen.</translation>
    </message>
    <message>
        <source>New since the older copy</source>
        <translation>Neu seit der älteren Kopie</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nichts Neues.</translation>
    </message>
    <message>
        <source>Resolved since the older copy</source>
        <translation>Behoben seit der älteren Kopie</translation>
    </message>
    <message>
        <source>Nothing resolved.</source>
        <translation>Nichts behoben.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The plan has no findings.</source>
        <translation>Der Plan hat keine Befunde.</translation>
    </message>
    <message>
        <source>What is wrong and what to do</source>
        <translation>Was nicht stimmt und was zu tun ist</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>weiter offen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Single points of failure by target</source>
        <translation>Einzelne Ausfallpunkte je Ziel</translation>
    </message>
    <message>
        <source>No tier 0 or 1 process or service has a single point of failure.</source>
        <translation>Kein Prozess oder Dienst der Stufe 0 oder 1 hat einen einzelnen Ausfallpunkt.</translation>
    </message>
    <message>
        <source>What a failure of one thing alone takes down, for every tier 0 and 1 target that has such a weakness. The full relation is in `continuity-cli analyze spof --json`.</source>
        <translation>Was der Ausfall einer einzelnen Sache mitreißt, für jedes Ziel der Stufe 0 und 1 mit einer solchen Schwachstelle. Die vollständige Beziehung liefert `continuity-cli analyze spof --json`.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Einzelne Ausfallpunkte</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message numerus="yes">
        <source>Besides these, %n finding(s) accepted by an exception until it expires.</source>
        <translation>
            <numerusform>Außerdem %n Befund, der bis zum Ablauf einer Ausnahme akzeptiert ist.</numerusform>
            <numerusform>Außerdem %n Befunde, die bis zum Ablauf einer Ausnahme akzeptiert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risks (%1)</source>
        <translation>Akzeptierte Risiken (%1)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>by %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>Continuity::FindingsTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What is wrong, and what to do</source>
        <translation>Was falsch ist und was zu tun ist</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, akzeptiert</translation>
    </message>
    <message>
        <source>%1 Accepted by exception %2 until %3.</source>
        <translation>%1 Akzeptiert durch Ausnahme %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>Continuity::GlobalSearch</name>
    <message>
        <source>Search the Plan</source>
        <translation>Im Plan suchen</translation>
    </message>
    <message>
        <source>Name or id of a process, service, runbook or exercise</source>
        <translation>Name oder Kennung eines Prozesses, Dienstes, Runbooks oder einer Übung</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter goes there, Esc closes.</source>
        <translation>Auf und Ab wählen, Eingabe springt dorthin, Esc schließt.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Alarmierungskette</translation>
    </message>
</context>
<context>
    <name>Continuity::GraphvizLayout</name>
    <message>
        <source>Graphviz could not lay out the map with %1%2. Check that the graphviz package is installed completely.</source>
        <translation>Graphviz konnte die Karte mit %1%2 nicht anordnen. Prüfen Sie, ob das Paket graphviz vollständig installiert ist.</translation>
    </message>
</context>
<context>
    <name>Continuity::HelpDialogs</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Live console</source>
        <translation>Live-Konsole</translation>
    </message>
    <message>
        <source>Start the selected step</source>
        <translation>Gewählten Schritt starten</translation>
    </message>
    <message>
        <source>Finish the selected step</source>
        <translation>Gewählten Schritt abschließen</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Notiz zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>Pause or resume the exercise</source>
        <translation>Übung anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Declare the start</source>
        <translation>Start ausrufen</translation>
    </message>
    <message>
        <source>Correct the selected time</source>
        <translation>Die gewählte Zeit korrigieren</translation>
    </message>
    <message>
        <source>The service chosen above is recovered</source>
        <translation>Der oben gewählte Dienst ist wiederhergestellt</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>Call-tree drill</source>
        <translation>Alarmierungsübung</translation>
    </message>
    <message>
        <source>The selected person confirmed</source>
        <translation>Die gewählte Person hat bestätigt</translation>
    </message>
    <message>
        <source>The selected person cannot be reached</source>
        <translation>Die gewählte Person ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Not confirmed after all</source>
        <translation>Doch nicht bestätigt</translation>
    </message>
    <message>
        <source>Their contact details were wrong</source>
        <translation>Ihre Kontaktangaben waren falsch</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Continuity User Guide</source>
        <translation>Continuity-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing.</source>
        <translation>Das Benutzerhandbuch fehlt.</translation>
    </message>
</context>
<context>
    <name>Continuity::ICalendar</name>
    <message>
        <source>Targets: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Change freeze: %1</source>
        <translation>Änderungs-Freeze: %1</translation>
    </message>
    <message>
        <source>Supplier maintenance: %1</source>
        <translation>Wartung des Lieferanten: %1</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Wartungsfenster: %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>DR exercise: %1</source>
        <translation>DR-Übung: %1</translation>
    </message>
    <message>
        <source>not an iCalendar file: it holds binary data</source>
        <translation>keine iCalendar-Datei: sie enthält Binärdaten</translation>
    </message>
    <message>
        <source>not an iCalendar file: it is not UTF-8 text</source>
        <translation>keine iCalendar-Datei: sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1: not an iCalendar content line (NAME:value)</source>
        <translation>Zeile %1: keine iCalendar-Inhaltszeile (NAME:Wert)</translation>
    </message>
    <message>
        <source>line %1: an iCalendar file begins with BEGIN:VCALENDAR</source>
        <translation>Zeile %1: eine iCalendar-Datei beginnt mit BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>line %1: END:%2 does not close BEGIN:%3</source>
        <translation>Zeile %1: END:%2 schließt nicht BEGIN:%3</translation>
    </message>
    <message>
        <source>line %1: %2 outside BEGIN:VCALENDAR</source>
        <translation>Zeile %1: %2 außerhalb von BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>not an iCalendar file: it is empty</source>
        <translation>keine iCalendar-Datei: sie ist leer</translation>
    </message>
    <message>
        <source>line %1: BEGIN:%2 is never closed</source>
        <translation>Zeile %1: BEGIN:%2 wird nie geschlossen</translation>
    </message>
    <message>
        <source>line 1: not an iCalendar file</source>
        <translation>Zeile 1: keine iCalendar-Datei</translation>
    </message>
    <message>
        <source>line %1: the event does not read: %2</source>
        <translation>Zeile %1: der Termin ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>line %1: the event needs a DTSTART with a date and time in a time zone this computer knows</source>
        <translation>Zeile %1: der Termin braucht ein DTSTART mit Datum und Uhrzeit in einer Zeitzone, die dieser Rechner kennt</translation>
    </message>
    <message>
        <source>line %1: the event&apos;s DTEND does not read</source>
        <translation>Zeile %1: das DTEND des Termins ist nicht lesbar</translation>
    </message>
    <message>
        <source>line %1: the event needs a DTEND or a DURATION</source>
        <translation>Zeile %1: der Termin braucht ein DTEND oder eine DURATION</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>Zeile %1: %2 %3</translation>
    </message>
    <message>
        <source>the calendar holds no events</source>
        <translation>der Kalender enthält keine Termine</translation>
    </message>
</context>
<context>
    <name>Continuity::IncidentsPage</name>
    <message>
        <source>Incidents &amp; SLOs</source>
        <translation>Vorfälle &amp; SLOs</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>Delete Incident</source>
        <translation>Vorfall löschen</translation>
    </message>
    <message>
        <source>Filter by id, title or node</source>
        <translation>Nach Kennung, Titel oder Knoten filtern</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>No incident selected. New Incident records one.</source>
        <translation>Kein Vorfall ausgewählt. „Neuer Vorfall“ erfasst einen.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>SLOs</source>
        <translation>SLOs</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>1 – critical</source>
        <translation>1 – kritisch</translation>
    </message>
    <message>
        <source>2 – major</source>
        <translation>2 – schwer</translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation>3 – mittel</translation>
    </message>
    <message>
        <source>4 – minor</source>
        <translation>4 – gering</translation>
    </message>
    <message>
        <source>5 – low</source>
        <translation>5 – niedrig</translation>
    </message>
    <message>
        <source>Change the incident&apos;s severity</source>
        <translation>Schweregrad des Vorfalls ändern</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Change the incident&apos;s status</source>
        <translation>Status des Vorfalls ändern</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <source>Impact began:</source>
        <translation>Auswirkung begann:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Angenommen:</translation>
    </message>
    <message>
        <source>Mitigated:</source>
        <translation>Abgemildert:</translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation>Wiederhergestellt:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Geschlossen:</translation>
    </message>
    <message>
        <source>Clients affected:</source>
        <translation>Betroffene Kunden:</translation>
    </message>
    <message>
        <source>Transactions affected:</source>
        <translation>Betroffene Transaktionen:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>Caused by change:</source>
        <translation>Verursacht durch Änderung:</translation>
    </message>
    <message>
        <source>change number, if any</source>
        <translation>Änderungsnummer, falls vorhanden</translation>
    </message>
    <message>
        <source>External reference:</source>
        <translation>Externe Referenz:</translation>
    </message>
    <message>
        <source>ticket number elsewhere</source>
        <translation>Ticketnummer in einem anderen System</translation>
    </message>
    <message>
        <source>Edit the incident&apos;s description</source>
        <translation>Beschreibung des Vorfalls bearbeiten</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Remove a row of the incident</source>
        <translation>Eine Zeile des Vorfalls entfernen</translation>
    </message>
    <message>
        <source>Edit the incident</source>
        <translation>Vorfall bearbeiten</translation>
    </message>
    <message>
        <source>Process or service:</source>
        <translation>Prozess oder Dienst:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Empty From and To: from the impact&apos;s start until restored.</source>
        <translation>Leeres Von und Bis: vom Beginn der Auswirkung bis zur Wiederherstellung.</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Betroffen:</translation>
    </message>
    <message>
        <source>Add Node…</source>
        <translation>Knoten hinzufügen…</translation>
    </message>
    <message>
        <source>Affected Node</source>
        <translation>Betroffener Knoten</translation>
    </message>
    <message>
        <source>Add an affected node</source>
        <translation>Betroffenen Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation>Knoten entfernen</translation>
    </message>
    <message>
        <source>Propose from Cascade…</source>
        <translation>Aus Kaskade vorschlagen…</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sev.</source>
        <comment>severity, abbreviated</comment>
        <translation>Schw.</translation>
    </message>
    <message>
        <source>Edit the incident: %1</source>
        <translation>Vorfall bearbeiten: %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Add the nodes the cascade takes down or degrades with the ones listed down, after you confirm them</source>
        <translation>Die Knoten hinzufügen, die die Kaskade mit den als ausgefallen erfassten ausfallen lässt oder beeinträchtigt, nachdem Sie sie bestätigt haben</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Hours of data lost</source>
        <translation>Verlorene Daten (Stunden)</translation>
    </message>
    <message>
        <source>Data lost:</source>
        <translation>Datenverlust:</translation>
    </message>
    <message>
        <source>Add Data Store…</source>
        <translation>Datenspeicher hinzufügen…</translation>
    </message>
    <message>
        <source>Data Lost</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>Add data lost</source>
        <translation>Datenverlust hinzufügen</translation>
    </message>
    <message>
        <source>Remove Data Store</source>
        <translation>Datenspeicher entfernen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Beitragender Faktor</translation>
    </message>
    <message>
        <source>Contributing factors:</source>
        <translation>Beitragende Faktoren:</translation>
    </message>
    <message>
        <source>Add Factor</source>
        <translation>Faktor hinzufügen</translation>
    </message>
    <message>
        <source>Add a contributing factor</source>
        <translation>Beitragenden Faktor hinzufügen</translation>
    </message>
    <message>
        <source>Remove Factor</source>
        <translation>Faktor entfernen</translation>
    </message>
    <message>
        <source>Change the plans activated</source>
        <translation>Aktivierte Pläne ändern</translation>
    </message>
    <message>
        <source>Runbooks activated:</source>
        <translation>Aktivierte Runbooks:</translation>
    </message>
    <message>
        <source>This incident has no post-mortem yet. A blameless review records what happened, what went well and wrong, and the actions that follow.</source>
        <translation>Dieser Vorfall hat noch keine Nachbetrachtung. Eine Nachbetrachtung ohne Schuldzuweisung hält fest, was geschah, was gut und was schlecht lief und welche Maßnahmen folgen.</translation>
    </message>
    <message>
        <source>Start Post-mortem</source>
        <translation>Nachbetrachtung beginnen</translation>
    </message>
    <message>
        <source>Start the post-mortem</source>
        <translation>Nachbetrachtung beginnen</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Edit the post-mortem: %1</source>
        <translation>Nachbetrachtung bearbeiten: %1</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <source>Add a row to the post-mortem</source>
        <translation>Der Nachbetrachtung eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove a row of the post-mortem</source>
        <translation>Eine Zeile der Nachbetrachtung entfernen</translation>
    </message>
    <message>
        <source>Edit the post-mortem</source>
        <translation>Nachbetrachtung bearbeiten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitverlauf:</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Was gut lief:</translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation>Was schlecht lief:</translation>
    </message>
    <message>
        <source>Where we got lucky:</source>
        <translation>Wo wir Glück hatten:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Runbooks changed:</source>
        <translation>Geänderte Runbooks:</translation>
    </message>
    <message>
        <source>Add Runbook</source>
        <translation>Runbook hinzufügen</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Edit the post-mortem&apos;s review</source>
        <translation>Abnahme der Nachbetrachtung bearbeiten</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Abgenommen von:</translation>
    </message>
    <message>
        <source>a role, by default</source>
        <translation>standardmäßig eine Rolle</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Abgenommen am:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>abgenommen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>Change an affected node&apos;s state</source>
        <translation>Zustand eines betroffenen Knotens ändern</translation>
    </message>
    <message>
        <source>Change a factor&apos;s category</source>
        <translation>Kategorie eines Faktors ändern</translation>
    </message>
    <message>
        <source>once service is restored</source>
        <translation>sobald der Dienst wiederhergestellt ist</translation>
    </message>
    <message>
        <source>Change an action&apos;s kind</source>
        <translation>Art einer Maßnahme ändern</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Change an action&apos;s status</source>
        <translation>Status einer Maßnahme ändern</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>Auswirkung begann</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Abgemildert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>Transactions affected</source>
        <translation>Betroffene Transaktionen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Affected row %1</source>
        <translation>Betroffen, Zeile %1</translation>
    </message>
    <message>
        <source>Data lost row %1</source>
        <translation>Datenverlust, Zeile %1</translation>
    </message>
    <message>
        <source>Timeline row %1</source>
        <translation>Zeitverlauf, Zeile %1</translation>
    </message>
    <message>
        <source>%1: write a date and time as YYYY-MM-DD HH:MM, a number as digits.</source>
        <translation>%1: Schreiben Sie Datum und Uhrzeit als JJJJ-MM-TT HH:MM, eine Zahl in Ziffern.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>Delete incident %1, &quot;%2&quot;, with its post-mortem? Undo brings it back.</source>
        <translation>Vorfall %1, „%2“, mit seiner Nachbetrachtung löschen? Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <source>List at least one node as down: the cascade starts from them.</source>
        <translation>Erfassen Sie mindestens einen Knoten als ausgefallen: Die Kaskade geht von ihnen aus.</translation>
    </message>
    <message>
        <source>Propose from Cascade</source>
        <translation>Aus Kaskade vorschlagen</translation>
    </message>
    <message>
        <source>With the nodes listed down, the cascade also takes these down or degrades them. Tick the ones the incident affected.</source>
        <translation>Mit den als ausgefallen erfassten Knoten fallen laut Kaskade auch diese aus oder werden beeinträchtigt. Haken Sie die an, die der Vorfall betraf.</translation>
    </message>
    <message>
        <source>The cascade takes nothing else down: the incident lists it all.</source>
        <translation>Die Kaskade lässt nichts weiter ausfallen: Der Vorfall erfasst alles.</translation>
    </message>
    <message>
        <source>Add Ticked Nodes</source>
        <translation>Angehakte Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Add the nodes the cascade proposed</source>
        <translation>Von der Kaskade vorgeschlagene Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Name people when printed</source>
        <translation>Personen im Ausdruck namentlich nennen</translation>
    </message>
    <message>
        <source>Off: a person named as reviewer or action owner prints as the role they hold</source>
        <translation>Aus: Eine Person als Prüfer oder Verantwortliche einer Maßnahme erscheint im Ausdruck mit ihrer Rolle</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Nachbetrachtung %1</translation>
    </message>
    <message>
        <source>Export Post-mortem as PDF</source>
        <translation>Nachbetrachtung als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Incident Policy…</source>
        <translation>Vorfallrichtlinie…</translation>
    </message>
    <message>
        <source>When post-mortems fall due, the plan&apos;s time zone, and whether the plan is a financial entity&apos;s</source>
        <translation>Wann Nachbetrachtungen fällig werden, die Zeitzone des Plans und ob der Plan einem Finanzunternehmen gehört</translation>
    </message>
    <message>
        <source>Incident Policy</source>
        <translation>Vorfallrichtlinie</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> Kalendertage</translation>
    </message>
    <message>
        <source>The plan is a financial entity&apos;s (EU DORA)</source>
        <translation>Der Plan gehört einem Finanzunternehmen (EU-DORA)</translation>
    </message>
    <message>
        <source>Post-mortem due within:</source>
        <translation>Nachbetrachtung fällig binnen:</translation>
    </message>
    <message>
        <source>For severity 1, within:</source>
        <translation>Bei Schweregrad 1 binnen:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Post-mortems fall due after the service is restored. Times are typed and shown, and calendar SLO windows and business days counted, in the time zone.</source>
        <translation>Nachbetrachtungen werden nach der Wiederherstellung fällig. Zeiten werden in dieser Zeitzone eingegeben und angezeigt, Kalenderfenster der SLOs und Arbeitstage in ihr gezählt.</translation>
    </message>
    <message>
        <source>Incident Policy Not Changed</source>
        <translation>Vorfallrichtlinie nicht geändert</translation>
    </message>
    <message>
        <source>DORA</source>
        <translation>DORA</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>What the plan knows</source>
        <translation>Was der Plan weiß</translation>
    </message>
    <message>
        <source>Copy Draft</source>
        <translation>Entwurf kopieren</translation>
    </message>
    <message>
        <source>The initial notification draft is on the clipboard.</source>
        <translation>Der Entwurf der Erstmeldung liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Classification under Delegated Regulation (EU) 2024/1772: computed where the plan knows the facts; the rest is for you to assess. Critical services are the processes of tier 0 and 1.</source>
        <translation>Einstufung nach der Delegierten Verordnung (EU) 2024/1772: berechnet, wo der Plan die Fakten kennt; den Rest bewerten Sie. Kritische Dienste sind die Prozesse der Stufen 0 und 1.</translation>
    </message>
    <message>
        <source>Initial notification (draft):</source>
        <translation>Erstmeldung (Entwurf):</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>to assess</source>
        <translation>zu bewerten</translation>
    </message>
    <message>
        <source>Reporting clocks (Delegated Regulation (EU) 2025/301, Art. 5): initial notification within 4 hours of classifying it as major and by %1 at the latest; intermediate report within 72 hours of that (by %2 at the latest); final report within a month of the last intermediate report (by %3 at the latest).</source>
        <translation>Meldefristen (Delegierte Verordnung (EU) 2025/301, Art. 5): Erstmeldung binnen 4 Stunden nach der Einstufung als schwerwiegend, spätestens bis %1; Zwischenbericht binnen 72 Stunden danach (spätestens bis %2); Abschlussbericht binnen eines Monats nach dem letzten Zwischenbericht (spätestens bis %3).</translation>
    </message>
    <message>
        <source>No report is due for an incident that is not major.</source>
        <translation>Für einen nicht schwerwiegenden Vorfall ist keine Meldung fällig.</translation>
    </message>
    <message>
        <source>Recurring with %1: together, %2</source>
        <translation>Wiederkehrend mit %1: zusammen %2</translation>
    </message>
</context>
<context>
    <name>Continuity::MainWindow</name>
    <message>
        <source>Open a plan or create a new one to begin.</source>
        <translation>Öffnen Sie einen Plan oder legen Sie einen neuen an, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>Create a new, empty plan file</source>
        <translation>Eine neue, leere Plandatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing plan file</source>
        <translation>Eine vorhandene Plandatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation>&amp;Beispielplan öffnen</translation>
    </message>
    <message>
        <source>Open a fresh copy of the bundled sample plan</source>
        <translation>Eine frische Kopie des mitgelieferten Beispielplans öffnen</translation>
    </message>
    <message>
        <source>From &amp;CMDB…</source>
        <translation>Aus &amp;CMDB…</translation>
    </message>
    <message>
        <source>Import services and dependencies from a ServiceNow CI and relationship export</source>
        <translation>Dienste und Abhängigkeiten aus einem ServiceNow-Export von CIs und Beziehungen importieren</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Copy the plan to a new file and continue working there</source>
        <translation>Den Plan in eine neue Datei kopieren und dort weiterarbeiten</translation>
    </message>
    <message>
        <source>Save S&amp;napshot…</source>
        <translation>&amp;Schnappschuss speichern…</translation>
    </message>
    <message>
        <source>Write a copy of the plan as it is now, and keep working on this file</source>
        <translation>Eine Kopie des Plans im jetzigen Stand schreiben und in dieser Datei weiterarbeiten</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>Preview and print the report of the area shown</source>
        <translation>Den Bericht des angezeigten Bereichs in der Vorschau zeigen und drucken</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Write the report of the area shown as a PDF, in the background</source>
        <translation>Den Bericht des angezeigten Bereichs im Hintergrund als PDF schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Business Continuity Plan…</source>
        <translation>&amp;Notfallhandbuch exportieren…</translation>
    </message>
    <message>
        <source>Write the whole plan as a business continuity plan document, PDF or OpenDocument Text</source>
        <translation>Den ganzen Plan als Notfallhandbuch schreiben, als PDF oder OpenDocument-Text</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>Plan &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Add &amp;Process</source>
        <translation>&amp;Prozess hinzufügen</translation>
    </message>
    <message>
        <source>Add a business process and type its name</source>
        <translation>Einen Geschäftsprozess hinzufügen und seinen Namen eingeben</translation>
    </message>
    <message>
        <source>Remove Process</source>
        <translation>Prozess entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Service</source>
        <translation>&amp;Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Add a service, site, supplier or team and edit it in the inspector</source>
        <translation>Einen Dienst, Standort, Lieferanten oder ein Team hinzufügen und im Inspektor bearbeiten</translation>
    </message>
    <message>
        <source>Remove Service</source>
        <translation>Dienst entfernen</translation>
    </message>
    <message>
        <source>&amp;Tier Policy…</source>
        <translation>&amp;Stufenrichtlinie…</translation>
    </message>
    <message>
        <source>What qualifies a process for each tier</source>
        <translation>Was einen Prozess für jede Stufe qualifiziert</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>Die Sprache des Fensters</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger text and rows for a projector</source>
        <translation>Größere Schrift und Zeilen für einen Projektor</translation>
    </message>
    <message>
        <source>&amp;About Continuity</source>
        <translation>Über &amp;Continuity</translation>
    </message>
    <message>
        <source>Plan &amp;JSON…</source>
        <translation>Plan-&amp;JSON…</translation>
    </message>
    <message>
        <source>Replace the plan&apos;s content with a plan JSON file (one step you can undo)</source>
        <translation>Den Inhalt des Plans durch eine Plan-JSON-Datei ersetzen (ein Schritt, den Sie rückgängig machen können)</translation>
    </message>
    <message>
        <source>&amp;People from vCards…</source>
        <translation>&amp;Personen aus vCards…</translation>
    </message>
    <message>
        <source>Add or update persons from a vCard file (matched by e-mail, then name)</source>
        <translation>Personen aus einer vCard-Datei hinzufügen oder aktualisieren (zugeordnet nach E-Mail, dann Name)</translation>
    </message>
    <message>
        <source>&amp;Services as CSV…</source>
        <translation>&amp;Dienste als CSV…</translation>
    </message>
    <message>
        <source>&amp;Dependencies as CSV…</source>
        <translation>&amp;Abhängigkeiten als CSV…</translation>
    </message>
    <message>
        <source>&amp;Findings as CSV…</source>
        <translation>&amp;Befunde als CSV…</translation>
    </message>
    <message>
        <source>Graph as D&amp;OT…</source>
        <translation>Graph als D&amp;OT…</translation>
    </message>
    <message>
        <source>&amp;People as vCards…</source>
        <translation>&amp;Personen als vCards…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Processes &amp;&amp; BIA</source>
        <translation>&amp;Prozesse &amp;&amp; BIA</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Dienste</translation>
    </message>
    <message>
        <source>Dependency &amp;Map</source>
        <translation>Abhängigkeits&amp;karte</translation>
    </message>
    <message>
        <source>&amp;Analyses</source>
        <translation>&amp;Analysen</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>Üb&amp;ungen</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonen</translation>
    </message>
    <message>
        <source>&amp;Incidents &amp;&amp; SLOs</source>
        <translation>&amp;Vorfälle &amp;&amp; SLOs</translation>
    </message>
    <message>
        <source>&amp;Search the Plan…</source>
        <translation>Im Plan &amp;suchen…</translation>
    </message>
    <message>
        <source>Find a process, service, runbook or exercise by name or id</source>
        <translation>Einen Prozess, Dienst, ein Runbook oder eine Übung nach Name oder Kennung finden</translation>
    </message>
    <message>
        <source>Continuity &amp;User Guide</source>
        <translation>Continuity-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Map &amp;Overview</source>
        <translation>Karten&amp;übersicht</translation>
    </message>
    <message>
        <source>A small picture of the whole map in its corner while the map is larger than the view</source>
        <translation>Ein kleines Bild der ganzen Karte in ihrer Ecke, solange die Karte größer als die Ansicht ist</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Processes &amp; BIA</source>
        <translation>Prozesse &amp; BIA</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Incidents &amp; SLOs</source>
        <translation>Vorfälle &amp; SLOs</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuity</translation>
    </message>
    <message>
        <source>Business continuity and disaster-recovery planning. Every change is written to the plan file as you make it.</source>
        <translation>Planung für Business Continuity und Notfallwiederherstellung. Jede Änderung wird sofort in die Plandatei geschrieben.</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <source>Choose what fails first: a draft runbook follows the recovery of a scenario.</source>
        <translation>Wählen Sie zuerst, was ausfällt: ein Runbook-Entwurf folgt der Wiederherstellung eines Szenarios.</translation>
    </message>
    <message>
        <source>Recover from the loss of %1</source>
        <translation>Wiederherstellung nach dem Verlust von %1</translation>
    </message>
    <message>
        <source>Draft Runbook</source>
        <translation>Runbook-Entwurf</translation>
    </message>
    <message numerus="yes">
        <source>Drafted &quot;%1&quot; with %n step(s); write the instructions next.</source>
        <translation>
            <numerusform>„%1“ mit %n Schritt entworfen; schreiben Sie als Nächstes die Anweisungen.</numerusform>
            <numerusform>„%1“ mit %n Schritten entworfen; schreiben Sie als Nächstes die Anweisungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>Writing the plan to its file…</source>
        <translation>Plan wird in seine Datei geschrieben…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Import from CMDB</source>
        <translation>Aus CMDB importieren</translation>
    </message>
    <message>
        <source>%1 — Continuity</source>
        <translation>%1 — Continuity</translation>
    </message>
    <message>
        <source>%1 [read-only] — Continuity</source>
        <translation>%1 [schreibgeschützt] — Continuity</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>This plan is already open.</source>
        <translation>Dieser Plan ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Another plan is being opened; wait for it or cancel it.</source>
        <translation>Ein anderer Plan wird gerade geöffnet; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation>Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening Plan</source>
        <translation>Plan wird geöffnet</translation>
    </message>
    <message>
        <source>Opening the plan was cancelled.</source>
        <translation>Das Öffnen des Plans wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Plan Opened Read-Only</source>
        <translation>Plan schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 ist schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <source>Cannot Create Plan</source>
        <translation>Plan kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot Open Sample Plan</source>
        <translation>Beispielplan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>Beispielplan</translation>
    </message>
    <message>
        <source>Sample plan (%1)</source>
        <translation>Beispielplan (%1)</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>New plan.continuity</source>
        <translation>Neuer Plan.continuity</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <source>Cannot Save Plan</source>
        <translation>Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Now working on %1</source>
        <translation>Sie arbeiten jetzt an %1</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Schnappschuss speichern</translation>
    </message>
    <message>
        <source>Cannot Save Snapshot</source>
        <translation>Schnappschuss kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Snapshot written to %1</source>
        <translation>Schnappschuss nach %1 geschrieben</translation>
    </message>
    <message>
        <source>About Continuity</source>
        <translation>Über Continuity</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;A workbench for business continuity and disaster-recovery planning.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · Graphviz %4 · plan format %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die Planung von Business Continuity und Notfallwiederherstellung.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · Graphviz %4 · Planformat %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Process</source>
        <translation>Prozess hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new business process:</source>
        <translation>Name des neuen Geschäftsprozesses:</translation>
    </message>
    <message>
        <source>Tier Policy Not Changed</source>
        <translation>Stufenrichtlinie nicht geändert</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neuer Dienst</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be written to the plan file, so it was not made.

%1</source>
        <translation>Die Änderung konnte nicht in die Plandatei geschrieben werden und wurde daher nicht vorgenommen.

%1</translation>
    </message>
    <message>
        <source>Clear Recent Plans</source>
        <translation>Zuletzt geöffnete Pläne leeren</translation>
    </message>
    <message>
        <source>S&amp;LOs as OpenSLO…</source>
        <translation>S&amp;LOs als OpenSLO…</translation>
    </message>
    <message>
        <source>&amp;Incidents from ServiceNow…</source>
        <translation>&amp;Vorfälle aus ServiceNow…</translation>
    </message>
    <message>
        <source>Add or update incidents from a ServiceNow incident export (matched by number)</source>
        <translation>Vorfälle aus einem ServiceNow-Vorfallexport hinzufügen oder aktualisieren (nach Nummer zugeordnet)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Supplier Maintenance Calendar…</source>
        <translation>Wartungskalender eines &amp;Lieferanten …</translation>
    </message>
    <message>
        <source>Read a supplier&apos;s maintenance windows from its iCalendar file</source>
        <translation>Die Wartungsfenster eines Lieferanten aus seiner iCalendar-Datei lesen</translation>
    </message>
    <message>
        <source>Change &amp;Calendar as iCalendar…</source>
        <translation>Änderungs&amp;kalender als iCalendar …</translation>
    </message>
    <message>
        <source>C&amp;hanges from ServiceNow…</source>
        <translation>Ä&amp;nderungen aus ServiceNow …</translation>
    </message>
    <message>
        <source>Add or update changes from a ServiceNow change_request export (matched by number)</source>
        <translation>Änderungen aus einem ServiceNow-change_request-Export hinzufügen oder aktualisieren (nach Nummer zugeordnet)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>A&amp;udit Trail</source>
        <translation>Prüf&amp;pfad</translation>
    </message>
    <message>
        <source>C&amp;ompliance</source>
        <translation>C&amp;ompliance</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Export E&amp;xecutive Report…</source>
        <translation>Bericht für die &amp;Leitung exportieren …</translation>
    </message>
    <message>
        <source>Availability and resilience for the board over the last twelve months, as PDF</source>
        <translation>Verfügbarkeit und Resilienz der letzten zwölf Monate für die Leitung, als PDF</translation>
    </message>
    <message>
        <source>Open a plan kept on a PostgreSQL server</source>
        <translation>Einen Plan öffnen, der auf einem PostgreSQL-Server liegt</translation>
    </message>
    <message>
        <source>Open &amp;from Server…</source>
        <translation>Vom Se&amp;rver öffnen…</translation>
    </message>
    <message>
        <source>The change was not written to the plan on the server, so it was not made.

%1</source>
        <translation>Die Änderung wurde nicht in den Plan auf dem Server geschrieben und daher nicht vorgenommen.

%1</translation>
    </message>
    <message>
        <source>Pus&amp;h Back to Server…</source>
        <translation>Zu&amp;m Server zurückspielen…</translation>
    </message>
    <message>
        <source>Send the changes made in this file since it was taken from a server back to it</source>
        <translation>Die Änderungen dieser Datei seit ihrer Übernahme vom Server an ihn zurückgeben</translation>
    </message>
    <message>
        <source>Cannot Push Back</source>
        <translation>Zurückspielen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Pushed back to plan “%1”: %n change(s) written; this file now holds the server&apos;s plan.</source>
        <translation>
            <numerusform>Zu Plan „%1“ zurückgespielt: %n Änderung geschrieben; diese Datei enthält jetzt den Plan des Servers.</numerusform>
            <numerusform>Zu Plan „%1“ zurückgespielt: %n Änderungen geschrieben; diese Datei enthält jetzt den Plan des Servers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push back; this file now holds the server&apos;s plan “%1”.</source>
        <translation>Nichts zurückzuspielen; diese Datei enthält jetzt den Plan „%1“ des Servers.</translation>
    </message>
    <message>
        <source>Others&apos; changes not shown</source>
        <translation>Änderungen anderer nicht angezeigt</translation>
    </message>
    <message>
        <source>Others&apos; changes are shown again.</source>
        <translation>Änderungen anderer werden wieder angezeigt.</translation>
    </message>
    <message>
        <source>Others&apos; Changes Not Shown</source>
        <translation>Änderungen anderer nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>Continuity::MapExport</name>
    <message>
        <source>Dependency map drawn %1 · nodes shown: %2</source>
        <translation>Abhängigkeitskarte gezeichnet %1 · gezeigte Knoten: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Assembly plan</source>
        <translation>Montageplan</translation>
    </message>
    <message>
        <source>Page %1 · row %2 of %3, column %4 of %5</source>
        <translation>Blatt %1 · Zeile %2 von %3, Spalte %4 von %5</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>links: %1</translation>
    </message>
    <message>
        <source>right: %1</source>
        <translation>rechts: %1</translation>
    </message>
    <message>
        <source>above: %1</source>
        <translation>oben: %1</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>unten: %1</translation>
    </message>
    <message>
        <source>Neighbours %1 · Legend and assembly plan on page 1</source>
        <translation>Nachbarblätter %1 · Legende und Montageplan auf Seite 1</translation>
    </message>
    <message numerus="yes">
        <source>Scenario: %1 failed</source>
        <translation>
            <numerusform>Szenario: %1 ausgefallen</numerusform>
            <numerusform>Szenario: %1 ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a wall print is written as a .pdf file.</source>
        <translation>%1: Ein Wandausdruck wird als .pdf-Datei geschrieben.</translation>
    </message>
    <message>
        <source>A wall print has 1 to %1 pages across, not %2.</source>
        <translation>Ein Wandausdruck ist 1 bis %1 Blätter breit, nicht %2.</translation>
    </message>
    <message>
        <source>%1: the map can be written as .png, .svg or .pdf.</source>
        <translation>%1: die Karte kann als .png, .svg oder .pdf geschrieben werden.</translation>
    </message>
    <message>
        <source>Dependency map exported by Continuity</source>
        <translation>Von Continuity exportierte Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Drawn %1 · %2 map pages follow, %3 across and %4 down, on %5 · Cut along the dashed line on the left or top of a page and lay it over its neighbour&apos;s dashed line</source>
        <translation>Gezeichnet %1 · Es folgen %2 Kartenblätter, %3 nebeneinander und %4 untereinander, auf %5 · Blatt an der gestrichelten Linie links oder oben abschneiden und auf die gestrichelte Linie des Nachbarblatts legen</translation>
    </message>
    <message>
        <source>painting failed</source>
        <translation>Zeichnen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Continuity::MapGraph</name>
    <message numerus="yes">
        <source>%1 (site, %n node(s))</source>
        <translation>
            <numerusform>%1 (Standort, %n Knoten)</numerusform>
            <numerusform>%1 (Standort, %n Knoten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
</context>
<context>
    <name>Continuity::MapLegend</name>
    <message>
        <source>Hard dependency</source>
        <translation>Harte Abhängigkeit</translation>
    </message>
    <message>
        <source>Soft dependency</source>
        <translation>Weiche Abhängigkeit</translation>
    </message>
    <message>
        <source>Through hidden nodes</source>
        <translation>Über ausgeblendete Knoten</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Farbe: %1</translation>
    </message>
</context>
<context>
    <name>Continuity::MapOverview</name>
    <message>
        <source>The whole map: click or drag to move the view</source>
        <translation>Die ganze Karte: Klicken oder Ziehen verschiebt die Ansicht</translation>
    </message>
</context>
<context>
    <name>Continuity::MapPage</name>
    <message>
        <source>Drag the key anywhere over the map</source>
        <translation>Die Legende an eine beliebige Stelle der Karte ziehen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Lay Out</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Layered (dot)</source>
        <translation>Geschichtet (dot)</translation>
    </message>
    <message>
        <source>Processes at the top, sites and suppliers at the bottom</source>
        <translation>Prozesse oben, Standorte und Lieferanten unten</translation>
    </message>
    <message>
        <source>Large graph (sfdp)</source>
        <translation>Großer Graph (sfdp)</translation>
    </message>
    <message>
        <source>Cluster by Site</source>
        <translation>Nach Standort gruppieren</translation>
    </message>
    <message>
        <source>Draw the services at each site in one box (dot)</source>
        <translation>Die Dienste jedes Standorts in einem Kasten zeichnen (dot)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Die ganze Karte zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Drag from a consumer to what it depends on to add a dependency (C)</source>
        <translation>Von einem Nutzer zu dem ziehen, wovon er abhängt, um eine Abhängigkeit hinzuzufügen (C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Colour by </source>
        <translation>Färben nach </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Find a node (Ctrl+F)</source>
        <translation>Einen Knoten suchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Map Filters</source>
        <translation>Kartenfilter</translation>
    </message>
    <message>
        <source>Show: </source>
        <translation>Zeigen: </translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>A site and everything that depends on it</source>
        <translation>Ein Standort und alles, was von ihm abhängt</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Only what the selected nodes depend on and what depends on them</source>
        <translation>Nur was die ausgewählten Knoten brauchen und was sie braucht</translation>
    </message>
    <message>
        <source>How many steps up (consumers) and down (providers) to show</source>
        <translation>Wie viele Schritte nach oben (Nutzer) und unten (Anbieter) gezeigt werden</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Select a node first, then show its neighbourhood.</source>
        <translation>Wählen Sie zuerst einen Knoten, dann zeigen Sie seine Umgebung.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>There is nothing on the map to lay out.</source>
        <translation>Auf der Karte ist nichts anzuordnen.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s) with %1… %2 s</source>
        <translation>
            <numerusform>%n Knoten wird mit %1 angeordnet… %2 s</numerusform>
            <numerusform>%n Knoten werden mit %1 angeordnet… %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout cancelled; the map is as it was.</source>
        <translation>Anordnung abgebrochen; die Karte ist wie zuvor.</translation>
    </message>
    <message>
        <source>Layout Failed</source>
        <translation>Anordnung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Lay out the map with %1</source>
        <translation>Karte mit %1 anordnen</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n node(s) with %1 in %2 s.</source>
        <translation>
            <numerusform>%n Knoten mit %1 in %2 s angeordnet.</numerusform>
            <numerusform>%n Knoten mit %1 in %2 s angeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hard dependency</source>
        <translation>Harte Abhängigkeit</translation>
    </message>
    <message>
        <source>Soft dependency (degrades only)</source>
        <translation>Weiche Abhängigkeit (nur Beeinträchtigung)</translation>
    </message>
    <message>
        <source>In group &quot;%1&quot; (%2 of %3)</source>
        <translation>In Gruppe „%1“ (%2 von %3)</translation>
    </message>
    <message>
        <source>In a New Redundancy Group…</source>
        <translation>In einer neuen Redundanzgruppe…</translation>
    </message>
    <message>
        <source>New Redundancy Group</source>
        <translation>Neue Redundanzgruppe</translation>
    </message>
    <message>
        <source>Name of the group (for example &quot;database&quot;):</source>
        <translation>Name der Gruppe (zum Beispiel „Datenbank“):</translation>
    </message>
    <message>
        <source>Add Here</source>
        <translation>Hier hinzufügen</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Aufklappen</translation>
    </message>
    <message>
        <source>Fail This</source>
        <translation>Ausfallen lassen</translation>
    </message>
    <message>
        <source>Fail These</source>
        <translation>Diese ausfallen lassen</translation>
    </message>
    <message>
        <source>Show in Analyses</source>
        <translation>In den Analysen zeigen</translation>
    </message>
    <message>
        <source>Collapse Site</source>
        <translation>Standort zuklappen</translation>
    </message>
    <message>
        <source>Collapse Group &quot;%1&quot;</source>
        <translation>Gruppe „%1“ zuklappen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Wall Print on %1 Pages</source>
        <translation>Wandausdruck auf %1-Blättern</translation>
    </message>
    <message>
        <source>Names at natural size</source>
        <translation>Namen in natürlicher Größe</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> Blätter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 pages (%2 across, %3 down) and an assembly plan; names at %4 %</source>
        <translation>%1 Blätter (%2 nebeneinander, %3 untereinander) und ein Montageplan; Namen in %4 %</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Pages across:</source>
        <translation>Blätter nebeneinander:</translation>
    </message>
    <message>
        <source>Prints:</source>
        <translation>Druckt:</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>Wall Print</source>
        <translation>Wandausdruck</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 pages and an assembly plan to %2</source>
        <translation>%1 Blätter und einen Montageplan nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF; the arrow offers wall prints</source>
        <translation>Karte als PNG, SVG oder PDF speichern; der Pfeil bietet Wandausdrucke</translation>
    </message>
    <message>
        <source>Picture (PNG, SVG, PDF)…</source>
        <translation>Bild (PNG, SVG, PDF) …</translation>
    </message>
    <message>
        <source>Wall Print on A4 Pages…</source>
        <translation>Wandausdruck auf A4-Blättern …</translation>
    </message>
    <message>
        <source>Wall Print on A3 Pages…</source>
        <translation>Wandausdruck auf A3-Blättern …</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n Knoten kopiert.</numerusform>
            <numerusform>%n Knoten kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hop(s)</source>
        <translation>
            <numerusform> Schritt</numerusform>
            <numerusform> Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::MapScene</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>This plan cannot be edited.</source>
        <translation>Dieser Plan kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>The clipboard does not hold processes or services from Continuity: %1</source>
        <translation>Die Zwischenablage enthält keine Prozesse oder Dienste aus Continuity: %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is read-only; the move was not kept.</source>
        <translation>Dieser Plan ist schreibgeschützt; die Verschiebung wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The layout does not match the map; lay it out again.</source>
        <translation>Die Anordnung passt nicht zur Karte; ordnen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>This plan is read-only; the layout cannot be kept.</source>
        <translation>Dieser Plan ist schreibgeschützt; die Anordnung kann nicht übernommen werden.</translation>
    </message>
</context>
<context>
    <name>Continuity::MapStyle</name>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Failed (scenario)</source>
        <translation>Ausgefallen (Szenario)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Up, redundancy lost</source>
        <translation>In Betrieb, Redundanz verloren</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>In Betrieb</translation>
    </message>
</context>
<context>
    <name>Continuity::NodeInspector</name>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>From the tier policy</source>
        <translation>Laut Richtlinie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation>Warum diese Stufe</translation>
    </message>
    <message>
        <source>MTD (hours)</source>
        <translation>MTD (Stunden)</translation>
    </message>
    <message>
        <source>RTO (hours)</source>
        <translation>RTO (Stunden)</translation>
    </message>
    <message>
        <source>RPO (hours)</source>
        <translation>RPO (Stunden)</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Verlust pro Stunde</translation>
    </message>
    <message>
        <source>Recovery time (hours)</source>
        <translation>Wiederherstellungszeit (Stunden)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Active-passive</source>
        <translation>Aktiv-passiv</translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation>Aktiv-aktiv</translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation>Mehrere Regionen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Asynchronous, with a lag of</source>
        <translation>Asynchron, mit einem Rückstand von</translation>
    </message>
    <message>
        <source>Backups only, every</source>
        <translation>Nur Sicherungen, alle</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>GDPR, PCI-DSS, …</source>
        <translation>DSGVO, PCI-DSS, …</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Provider or vendor</source>
        <translation>Anbieter oder Hersteller</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Regulatory tags</source>
        <translation>Regulatorische Kennzeichen</translation>
    </message>
    <message>
        <source>From the CMDB</source>
        <translation>Aus der CMDB</translation>
    </message>
    <message>
        <source>Select a process or service to see and edit it here.</source>
        <translation>Wählen Sie einen Prozess oder Dienst, um ihn hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>weich</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Redundanzgruppe</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Braucht</translation>
    </message>
    <message>
        <source>New group, e.g. &quot;sites&quot;</source>
        <translation>Neue Gruppe, z. B. „Standorte“</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Gebraucht von</translation>
    </message>
    <message>
        <source>a person or role of the plan, or a name</source>
        <translation>eine Person oder Rolle des Plans, oder ein Name</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; (%2)</source>
        <translation>Prozess „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 „%2“ (%3)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Remove the dependency on %1</source>
        <translation>Abhängigkeit von %1 entfernen</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Remove the group %1</source>
        <translation>Gruppe %1 entfernen</translation>
    </message>
    <message>
        <source> (soft)</source>
        <translation> (weich)</translation>
    </message>
    <message>
        <source> (in its group &quot;%1&quot;)</source>
        <translation> (in seiner Gruppe „%1“)</translation>
    </message>
    <message>
        <source>Nothing depends on it.</source>
        <translation>Nichts hängt davon ab.</translation>
    </message>
    <message>
        <source>Choose what it depends on from the list.</source>
        <translation>Wählen Sie aus der Liste, wovon er abhängt.</translation>
    </message>
    <message>
        <source>measured from incidents</source>
        <translation>aus Vorfällen gemessen</translation>
    </message>
    <message>
        <source>Mean time between failures, in hours; empty: measured from the incidents that listed this service</source>
        <translation>Mittlere Zeit zwischen Ausfällen in Stunden; leer: aus den Vorfällen gemessen, die diesen Dienst aufführen</translation>
    </message>
    <message>
        <source>Mean time to repair, in hours; empty: measured from the incidents that listed this service</source>
        <translation>Mittlere Reparaturzeit in Stunden; leer: aus den Vorfällen gemessen, die diesen Dienst aufführen</translation>
    </message>
    <message>
        <source>MTBF (hours)</source>
        <translation>MTBF (Stunden)</translation>
    </message>
    <message>
        <source>MTTR (hours)</source>
        <translation>MTTR (Stunden)</translation>
    </message>
    <message>
        <source>Not a function</source>
        <translation>Keine Funktion</translation>
    </message>
    <message>
        <source>The licensed activity the process performs as a function of a financial entity (DORA&apos;s register of information); codes of the EBA taxonomy</source>
        <translation>Die zugelassene Tätigkeit, die der Prozess als Funktion eines Finanzunternehmens ausübt (DORA-Informationsregister); Codes der EBA-Taxonomie</translation>
    </message>
    <message>
        <source>Licensed activity</source>
        <translation>Zugelassene Tätigkeit</translation>
    </message>
</context>
<context>
    <name>Continuity::NodeItem</name>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Site, collapsed</source>
        <translation>Standort, zugeklappt</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Redundanzgruppe</translation>
    </message>
</context>
<context>
    <name>Continuity::OpenFromServerDialog</name>
    <message>
        <source>Open Plan from Server</source>
        <translation>Plan vom Server öffnen</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur, wenn der Server danach fragt</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>P&amp;lans you may open:</source>
        <translation>Pl&amp;äne, die Sie öffnen dürfen:</translation>
    </message>
    <message>
        <source>This login may open no plan on that server.</source>
        <translation>Mit dieser Anmeldung dürfen Sie auf diesem Server keinen Plan öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) on the server.</source>
        <translation>
            <numerusform>%n Plan auf dem Server.</numerusform>
            <numerusform>%n Pläne auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Pla&amp;ns</source>
        <translation>Pläne &amp;anzeigen</translation>
    </message>
    <message>
        <source>Asking the server for its plans…</source>
        <translation>Der Server wird nach seinen Plänen gefragt…</translation>
    </message>
</context>
<context>
    <name>Continuity::PeopleCards</name>
    <message>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Time zone %1, local time now %2</source>
        <translation>Zeitzone %1, Ortszeit jetzt %2</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>Vertretung: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Contact details never confirmed</source>
        <translation>Kontaktdaten nie bestätigt</translation>
    </message>
    <message numerus="yes">
        <source>Details confirmed on %1 (%n days ago)</source>
        <translation>
            <numerusform>Daten bestätigt am %1 (vor %n Tag)</numerusform>
            <numerusform>Daten bestätigt am %1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Staffs %1</source>
        <translation>Besetzt %1</translation>
    </message>
    <message>
        <source>Nobody on call now</source>
        <translation>Derzeit niemand in Bereitschaft</translation>
    </message>
    <message>
        <source>On call now: %1 until %2</source>
        <translation>Jetzt in Bereitschaft: %1 bis %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>No members</source>
        <translation>Keine Mitglieder</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>in Bereitschaft</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>kein Telefon</translation>
    </message>
    <message>
        <source>Assembled and working %1 h after a declaration</source>
        <translation>Einsatzbereit %1 h nach der Ausrufung</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Escalation (the default of tier %1)</source>
        <translation>Eskalation (Vorgabe der Stufe %1)</translation>
    </message>
    <message>
        <source>after %1 min: %2</source>
        <translation>nach %1 min: %2</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n more time(s)</source>
        <translation>
            <numerusform>%n weiteres Mal wiederholt</numerusform>
            <numerusform>%n weitere Male wiederholt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::PeoplePage</name>
    <message>
        <source>Search people, roles and call trees</source>
        <translation>Personen, Rollen und Alarmierungsketten suchen</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Add Call Tree</source>
        <translation>Alarmierungskette hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Call trees</source>
        <translation>Alarmierungsketten</translation>
    </message>
    <message>
        <source>Choose a person, a role or a call tree, or add one.</source>
        <translation>Wählen Sie eine Person, eine Rolle oder eine Alarmierungskette, oder legen Sie eine an.</translation>
    </message>
    <message>
        <source>Contact Sheet PDF…</source>
        <translation>Kontaktliste als PDF…</translation>
    </message>
    <message>
        <source>Everyone the plan names, by what they own, with their phones and the call trees: to print and carry</source>
        <translation>Alle im Plan genannten Personen nach Verantwortung, mit Telefonnummern und Alarmierungsketten: zum Ausdrucken und Mitnehmen</translation>
    </message>
    <message>
        <source>People Policy…</source>
        <translation>Personenregeln …</translation>
    </message>
    <message>
        <source>How often contacts confirm their details, whom to notify as a service&apos;s RTO runs out, and the default escalation of each tier</source>
        <translation>Wie oft Kontakte ihre Angaben bestätigen, wen man benachrichtigt, wenn die RTO eines Dienstes abläuft, und die Standard-Eskalation jeder Stufe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Add Phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Remove Phone</source>
        <translation>Telefon entfernen</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>(the plan&apos;s local time)</source>
        <translation>(Ortszeit des Plans)</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Vertretung:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Confirmed Today</source>
        <translation>Heute bestätigt</translation>
    </message>
    <message>
        <source>Details confirmed:</source>
        <translation>Daten bestätigt:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Team it staffs:</source>
        <translation>Besetztes Team:</translation>
    </message>
    <message>
        <source>hours, e.g. 1.5</source>
        <translation>Stunden, z. B. 1,5</translation>
    </message>
    <message>
        <source>Mobilisation:</source>
        <translation>Mobilisierung:</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>The first is primary, the rest alternates; drag to reorder.</source>
        <translation>Das erste Mitglied ist hauptverantwortlich, die weiteren vertreten; zum Umordnen ziehen.</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation>Bereitschaftsplan</translation>
    </message>
    <message>
        <source>Members take turns on call, in their order</source>
        <translation>Die Mitglieder wechseln sich in ihrer Reihenfolge ab</translation>
    </message>
    <message>
        <source>First handover:</source>
        <translation>Erste Übergabe:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Shift length:</source>
        <translation>Schichtlänge:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Stands in</source>
        <translation>Vertritt</translation>
    </message>
    <message>
        <source>Add Override</source>
        <translation>Vertretung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Vertretung entfernen</translation>
    </message>
    <message>
        <source>Overrides:</source>
        <translation>Vertretungen:</translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation>Eskalationsregel</translation>
    </message>
    <message>
        <source>Escalate when nobody answers</source>
        <translation>Eskalieren, wenn niemand antwortet</translation>
    </message>
    <message>
        <source>After (min)</source>
        <translation>Nach (min)</translation>
    </message>
    <message>
        <source>Notify (names, comma-separated)</source>
        <translation>Benachrichtigen (Namen, durch Komma getrennt)</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove Level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Repeat the whole policy:</source>
        <translation>Gesamte Regel wiederholen:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Each call takes:</source>
        <translation>Jeder Anruf dauert:</translation>
    </message>
    <message>
        <source>Everyone reached within:</source>
        <translation>Alle erreicht innerhalb:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Reached after</source>
        <translation>Erreicht nach</translation>
    </message>
    <message>
        <source>If unreachable</source>
        <translation>Falls nicht erreichbar</translation>
    </message>
    <message>
        <source>Each caller rings the people under them in order; drag a row onto another to move it there.</source>
        <translation>Jede Person ruft die unter ihr Stehenden der Reihe nach an; ziehen Sie eine Zeile auf eine andere, um sie dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>Add Under Selected</source>
        <translation>Unter Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Person or role:</source>
        <translation>Person oder Rolle:</translation>
    </message>
    <message>
        <source>Selected one&apos;s fallback:</source>
        <translation>Ersatz für die Auswahl:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (Rolle)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 (role): nobody</source>
        <translation>%1 (Rolle): niemand</translation>
    </message>
    <message>
        <source>%1 (role): %2</source>
        <translation>%1 (Rolle): %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Everyone is reached after %1 min: over the target of %2 min.</source>
        <translation>Alle sind nach %1 min erreicht: über dem Ziel von %2 min.</translation>
    </message>
    <message>
        <source>Everyone is reached after %1 min, within the target of %2 min.</source>
        <translation>Alle sind nach %1 min erreicht, innerhalb des Ziels von %2 min.</translation>
    </message>
    <message>
        <source>Mobilisation: enter a number of hours, such as %1.</source>
        <translation>Mobilisierung: Geben Sie eine Stundenzahl ein, etwa %1.</translation>
    </message>
    <message>
        <source>A call tree starts with one person or role; drop the others under someone.</source>
        <translation>Eine Alarmierungskette beginnt mit einer Person oder Rolle; legen Sie die anderen unter jemanden.</translation>
    </message>
    <message>
        <source>People Policy Not Changed</source>
        <translation>Personenregeln nicht geändert</translation>
    </message>
    <message>
        <source>-contacts</source>
        <translation>-kontakte</translation>
    </message>
    <message>
        <source>Export the Contact Sheet as PDF</source>
        <translation>Kontaktliste als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>A call tree starts with a person or a role: add one first.</source>
        <translation>Eine Alarmierungskette beginnt mit einer Person oder Rolle: Legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>New call tree</source>
        <translation>Neue Alarmierungskette</translation>
    </message>
</context>
<context>
    <name>Continuity::PeoplePolicyDialog</name>
    <message>
        <source>People Policy</source>
        <translation>Personenregeln</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>At % of the RTO</source>
        <translation>Bei % der RTO</translation>
    </message>
    <message>
        <source>Notify (names, comma-separated)</source>
        <translation>Benachrichtigen (Namen, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Levels (minutes: names; …)</source>
        <translation>Ebenen (Minuten: Namen; …)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>For example &quot;0: Incident manager; 15: Crisis team&quot;. Leave the levels empty for no default in that tier.</source>
        <translation>Zum Beispiel „0: Incident-Manager; 15: Krisenstab“. Lassen Sie die Ebenen leer, wenn die Stufe keine Vorgabe hat.</translation>
    </message>
    <message>
        <source>Contacts confirm their details within this period, or the plan&apos;s check names them. As a service&apos;s recovery passes a share of its RTO, the live console names whom to notify. A role without an escalation policy of its own uses its tier&apos;s.</source>
        <translation>Kontakte bestätigen ihre Angaben innerhalb dieses Zeitraums, sonst nennt die Prüfung des Plans sie. Überschreitet der Wiederanlauf eines Dienstes einen Anteil seiner RTO, nennt die Live-Konsole, wen man benachrichtigt. Eine Rolle ohne eigene Eskalationsregel verwendet die ihrer Stufe.</translation>
    </message>
    <message>
        <source>Contact details confirmed &amp;every:</source>
        <translation>Kontaktangaben bestätigt &amp;alle:</translation>
    </message>
    <message>
        <source>Escalation as the &amp;RTO runs out</source>
        <translation>Eskalation, wenn die &amp;RTO abläuft</translation>
    </message>
    <message>
        <source>Default &amp;escalation per tier</source>
        <translation>Standard-&amp;Eskalation je Stufe</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a percentage of the RTO.</source>
        <translation>Schritt %1: „%2“ ist kein Prozentsatz der RTO.</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a person or role of the plan.</source>
        <translation>Schritt %1: „%2“ ist keine Person oder Rolle des Plans.</translation>
    </message>
    <message>
        <source>Tier %1: repeat must be a whole number.</source>
        <translation>Stufe %1: Wiederholen muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Tier %1: write each level as &quot;minutes: names&quot;, levels separated by &quot;;&quot; (not &quot;%2&quot;).</source>
        <translation>Stufe %1: Schreiben Sie jede Ebene als „Minuten: Namen“, Ebenen durch „;“ getrennt (nicht „%2“).</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a person or role of the plan.</source>
        <translation>Stufe %1: „%2“ ist keine Person oder Rolle des Plans.</translation>
    </message>
    <message>
        <source>People policy</source>
        <translation>Personenregeln</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanDocument</name>
    <message>
        <source>An import is being written to the plan; edit again when it has finished.</source>
        <translation>Ein Import wird gerade in den Plan geschrieben; bearbeiten Sie erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>This plan is open read-only: %1</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot;</source>
        <translation>Prozess „%1“</translation>
    </message>
    <message>
        <source>Add process &quot;%1&quot;</source>
        <translation>Prozess „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no process with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Prozess mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Edit process &quot;%1&quot;</source>
        <translation>Prozess „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>There is no time horizon %1; the plan has %2.</source>
        <translation>Es gibt keinen Zeithorizont %1; der Plan hat %2.</translation>
    </message>
    <message>
        <source>A rating must be from 0 (none) to 4 (severe).</source>
        <translation>Eine Bewertung muss zwischen 0 (keine) und 4 (schwerwiegend) liegen.</translation>
    </message>
    <message>
        <source>Rate %1 impact of &quot;%2&quot; at %3 h: %4</source>
        <translation>%1-Auswirkung von „%2“ bei %3 h bewerten: %4</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;</source>
        <translation>Dienst „%1“</translation>
    </message>
    <message>
        <source>Add service &quot;%1&quot;</source>
        <translation>Dienst „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no service with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Dienst mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Edit service &quot;%1&quot;</source>
        <translation>Dienst „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>There is no process or service with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Prozess oder Dienst mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Remove process &quot;%1&quot;</source>
        <translation>Prozess „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove service &quot;%1&quot;</source>
        <translation>Dienst „%1“ entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no redundancy group &quot;%2&quot;.</source>
        <translation>„%1“ hat keine Redundanzgruppe „%2“.</translation>
    </message>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation>Abhängigkeit %1 → %2 hinzufügen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Dependency %1 → %2</source>
        <translation>Abhängigkeit %1 → %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not depend on &quot;%2&quot;.</source>
        <translation>„%1“ hängt nicht von „%2“ ab.</translation>
    </message>
    <message>
        <source>Edit dependency %1 → %2</source>
        <translation>Abhängigkeit %1 → %2 bearbeiten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Remove dependency %1 → %2</source>
        <translation>Abhängigkeit %1 → %2 entfernen</translation>
    </message>
    <message>
        <source>Add redundancy group &quot;%1&quot;</source>
        <translation>Redundanzgruppe „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove redundancy group &quot;%1&quot;</source>
        <translation>Redundanzgruppe „%1“ entfernen</translation>
    </message>
    <message>
        <source>Tier policy</source>
        <translation>Stufenrichtlinie</translation>
    </message>
    <message>
        <source>Change tier policy</source>
        <translation>Stufenrichtlinie ändern</translation>
    </message>
    <message>
        <source>The position of &quot;%1&quot; must have finite x and y between -%2 and %2.</source>
        <translation>Die Position von „%1“ muss endliche x- und y-Werte zwischen -%2 und %2 haben.</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot;: %2: %3</source>
        <translation>Runbook „%1“: %2: %3</translation>
    </message>
    <message>
        <source>Redundancy group &quot;%1&quot;</source>
        <translation>Redundanzgruppe „%1“</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Clear %1 of &quot;%2&quot;</source>
        <translation>%1 von „%2“ leeren</translation>
    </message>
    <message>
        <source>Change %1 of &quot;%2&quot; to %3</source>
        <translation>%1 von „%2“ auf %3 ändern</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>the text typed</source>
        <translation>den eingegebenen Text</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>tier reason</source>
        <translation>Stufenbegründung</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <source>BIA reviewer</source>
        <translation>BIA-Prüfer</translation>
    </message>
    <message>
        <source>BIA review date</source>
        <translation>BIA-Prüfdatum</translation>
    </message>
    <message>
        <source>BIA changed since review</source>
        <translation>BIA seit Prüfung geändert</translation>
    </message>
    <message>
        <source>replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>backup interval</source>
        <translation>Sicherungsintervall</translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation>MTBF</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>loss per hour</source>
        <translation>Verlust pro Stunde</translation>
    </message>
    <message>
        <source>impact ratings</source>
        <translation>Auswirkungsbewertungen</translation>
    </message>
    <message>
        <source>the ratings given</source>
        <translation>die gegebenen Bewertungen</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>a new place</source>
        <translation>einen neuen Platz</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>CMDB attributes</source>
        <translation>CMDB-Attribute</translation>
    </message>
    <message>
        <source>the values given</source>
        <translation>die gegebenen Werte</translation>
    </message>
    <message>
        <source>Rename plan to &quot;%1&quot;</source>
        <translation>Plan in „%1“ umbenennen</translation>
    </message>
    <message>
        <source>A review needs the date it was made.</source>
        <translation>Eine Prüfung braucht das Datum, an dem sie stattfand.</translation>
    </message>
    <message>
        <source>A review needs the name of who made it.</source>
        <translation>Eine Prüfung braucht den Namen dessen, der sie durchgeführt hat.</translation>
    </message>
    <message>
        <source>Record BIA review of &quot;%1&quot;</source>
        <translation>BIA-Prüfung von „%1“ erfassen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 → %2 in new group &quot;%3&quot;</source>
        <translation>%1 → %2 in neuer Gruppe „%3“ verbinden</translation>
    </message>
    <message>
        <source>The pasted nodes</source>
        <translation>Die eingefügten Knoten</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change quorum of &quot;%1&quot; to %2</source>
        <translation>Quorum von „%1“ auf %2 ändern</translation>
    </message>
    <message>
        <source>People policy</source>
        <translation>Personenregeln</translation>
    </message>
    <message>
        <source>Change people policy</source>
        <translation>Personenregeln ändern</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot;</source>
        <translation>Runbook „%1“</translation>
    </message>
    <message>
        <source>There is already a runbook with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Runbook mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Add runbook &quot;%1&quot;</source>
        <translation>Runbook „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no runbook with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Runbook mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Say who approves the runbook.</source>
        <translation>Sagen Sie, wer das Runbook freigibt.</translation>
    </message>
    <message>
        <source>A runbook without steps cannot be approved.</source>
        <translation>Ein Runbook ohne Schritte kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Approve runbook &quot;%1&quot;</source>
        <translation>Runbook „%1“ freigeben</translation>
    </message>
    <message>
        <source>Delete runbook &quot;%1&quot;</source>
        <translation>Runbook „%1“ löschen</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot;: %2: %3</source>
        <translation>Übung „%1“: %2: %3</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot;</source>
        <translation>Übung „%1“</translation>
    </message>
    <message>
        <source>There is already an exercise with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Übung mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Add exercise &quot;%1&quot;</source>
        <translation>Übung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no exercise with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Übung mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Delete exercise &quot;%1&quot;</source>
        <translation>Übung „%1“ löschen</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot;</source>
        <translation>Vorfall „%1“</translation>
    </message>
    <message>
        <source>There is already an incident with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Vorfall mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Add incident &quot;%1&quot;</source>
        <translation>Vorfall „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no incident with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Vorfall mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>Vorfall „%1“ löschen</translation>
    </message>
    <message>
        <source>The SLO of &quot;%1&quot;</source>
        <translation>Das SLO von „%1“</translation>
    </message>
    <message>
        <source>Change the SLO of &quot;%1&quot;</source>
        <translation>SLO von „%1“ ändern</translation>
    </message>
    <message>
        <source>Add an SLO to &quot;%1&quot;</source>
        <translation>SLO für „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no SLO.</source>
        <translation>„%1“ hat kein SLO.</translation>
    </message>
    <message>
        <source>Remove the SLO of &quot;%1&quot;</source>
        <translation>SLO von „%1“ entfernen</translation>
    </message>
    <message>
        <source>The incident policy</source>
        <translation>Die Vorfallrichtlinie</translation>
    </message>
    <message>
        <source>Change the incident policy</source>
        <translation>Vorfallrichtlinie ändern</translation>
    </message>
    <message>
        <source>The CMDB mapping: %1</source>
        <translation>Die CMDB-Zuordnung: %1</translation>
    </message>
    <message>
        <source>Change the CMDB mapping</source>
        <translation>CMDB-Zuordnung ändern</translation>
    </message>
    <message>
        <source>The new plan</source>
        <translation>Der neue Plan</translation>
    </message>
    <message>
        <source>The plan could not be written.</source>
        <translation>Der Plan konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>owner of %1</source>
        <translation>verantwortlich für %1</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; of %2</source>
        <translation>Schritt „%1“ von %2</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Stelle</numerusform>
            <numerusform>%1 und %n weitere Stellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed while the plan names them: %2.</source>
        <translation>%1 kann nicht entfernt werden, solange der Plan die Person nennt: %2.</translation>
    </message>
    <message>
        <source>Person &quot;%1&quot;</source>
        <translation>Person „%1“</translation>
    </message>
    <message>
        <source>Add person &quot;%1&quot;</source>
        <translation>Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit person &quot;%1&quot;</source>
        <translation>Person „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>There is no person with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Person mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Delete person &quot;%1&quot;</source>
        <translation>Person „%1“ löschen</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot;</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <source>Add role &quot;%1&quot;</source>
        <translation>Rolle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit role &quot;%1&quot;</source>
        <translation>Rolle „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>There is no role with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Rolle mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Delete role &quot;%1&quot;</source>
        <translation>Rolle „%1“ löschen</translation>
    </message>
    <message>
        <source>Call tree &quot;%1&quot;</source>
        <translation>Alarmierungskette „%1“</translation>
    </message>
    <message>
        <source>Add call tree &quot;%1&quot;</source>
        <translation>Alarmierungskette „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit call tree &quot;%1&quot;</source>
        <translation>Alarmierungskette „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>There is no call tree with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Alarmierungskette mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Delete call tree &quot;%1&quot;</source>
        <translation>Alarmierungskette „%1“ löschen</translation>
    </message>
    <message>
        <source>Person &quot;%1&quot; would be lost.</source>
        <translation>Person „%1“ ginge verloren.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Change &quot;%1&quot;</source>
        <translation>Änderung „%1“</translation>
    </message>
    <message>
        <source>There is already a change with the id &quot;%1&quot;.</source>
        <translation>Es gibt schon eine Änderung mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Add change &quot;%1&quot;</source>
        <translation>Änderung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no change with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Änderung mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Delete change &quot;%1&quot;</source>
        <translation>Änderung „%1“ löschen</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot;</source>
        <translation>Freeze-Zeitraum „%1“</translation>
    </message>
    <message>
        <source>There is already a freeze window with the id &quot;%1&quot;.</source>
        <translation>Es gibt schon einen Freeze-Zeitraum mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Add freeze window &quot;%1&quot;</source>
        <translation>Freeze-Zeitraum „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no freeze window with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Freeze-Zeitraum mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Delete freeze window &quot;%1&quot;</source>
        <translation>Freeze-Zeitraum „%1“ löschen</translation>
    </message>
    <message>
        <source>Maintenance window &quot;%1&quot;</source>
        <translation>Wartungsfenster „%1“</translation>
    </message>
    <message>
        <source>There is already a maintenance window with the id &quot;%1&quot;.</source>
        <translation>Es gibt schon ein Wartungsfenster mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Add maintenance window &quot;%1&quot;</source>
        <translation>Wartungsfenster „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no maintenance window with the id &quot;%1&quot;.</source>
        <translation>Es gibt kein Wartungsfenster mit der ID „%1“.</translation>
    </message>
    <message>
        <source>Delete maintenance window &quot;%1&quot;</source>
        <translation>Wartungsfenster „%1“ löschen</translation>
    </message>
    <message>
        <source>The change policy</source>
        <translation>Die Änderungsrichtlinie</translation>
    </message>
    <message>
        <source>Change the change policy</source>
        <translation>Änderungsrichtlinie ändern</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Plan anlegen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Add control &quot;%1&quot;</source>
        <translation>Kontrolle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete control &quot;%1&quot;</source>
        <translation>Kontrolle „%1“ löschen</translation>
    </message>
    <message>
        <source>There is already a control with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Kontrolle mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no control with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Kontrolle mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Attach evidence &quot;%1&quot; to control &quot;%2&quot;</source>
        <translation>Nachweis „%1“ an Kontrolle „%2“ anhängen</translation>
    </message>
    <message>
        <source>Remove evidence &quot;%1&quot;</source>
        <translation>Nachweis „%1“ entfernen</translation>
    </message>
    <message>
        <source>There is already evidence with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Nachweis mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no evidence with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Nachweis mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Record access review of &quot;%1&quot;</source>
        <translation>Zugriffsprüfung von „%1“ erfassen</translation>
    </message>
    <message>
        <source>Delete access review &quot;%1&quot;</source>
        <translation>Zugriffsprüfung „%1“ löschen</translation>
    </message>
    <message>
        <source>There is already an access review with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Zugriffsprüfung mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no access review with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Zugriffsprüfung mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>Accept the risk of &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>Risiko „%1“ bei „%2“ akzeptieren</translation>
    </message>
    <message>
        <source>Accept the failing control &quot;%1&quot;</source>
        <translation>Nicht erfüllte Kontrolle „%1“ akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw exception &quot;%1&quot;</source>
        <translation>Ausnahme „%1“ zurückziehen</translation>
    </message>
    <message>
        <source>There is already an exception with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Ausnahme mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no exception with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Ausnahme mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>The governance policy</source>
        <translation>Die Governance-Vorgaben</translation>
    </message>
    <message>
        <source>Change the risk owner</source>
        <translation>Risikoeigner ändern</translation>
    </message>
    <message>
        <source>licensed activity</source>
        <translation>zugelassene Tätigkeit</translation>
    </message>
    <message>
        <source>Add contract &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>Vertrag „%1“ mit „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete contract &quot;%1&quot;</source>
        <translation>Vertrag „%1“ löschen</translation>
    </message>
    <message>
        <source>There is already a contract with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Vertrag mit der Id „%1“.</translation>
    </message>
    <message>
        <source>There is no contract with the id &quot;%1&quot;.</source>
        <translation>Es gibt keinen Vertrag mit der Id „%1“.</translation>
    </message>
    <message>
        <source>Add the commitment to &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>Die Zusage an „%1“ zu „%2“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete commitment &quot;%1&quot;</source>
        <translation>Zusage „%1“ löschen</translation>
    </message>
    <message>
        <source>There is already a commitment with the id &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Zusage mit der Id „%1“.</translation>
    </message>
    <message>
        <source>There is no commitment with the id &quot;%1&quot;.</source>
        <translation>Es gibt keine Zusage mit der Id „%1“.</translation>
    </message>
    <message>
        <source>Change the financial entity&apos;s details</source>
        <translation>Die Angaben zum Finanzunternehmen ändern</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Continuity plan.</source>
        <translation>%1 ist ein Ordner, kein Continuity-Plan.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Continuity plan.</source>
        <translation>%1 ist leer (0 Byte) und daher kein Continuity-Plan.</translation>
    </message>
    <message>
        <source>%1 is not a Continuity plan: it is not an SQLite database.</source>
        <translation>%1 ist kein Continuity-Plan: es ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives an impossible page size (%2).</source>
        <translation>%1 ist beschädigt: sein Kopf nennt eine unmögliche Seitengröße (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Continuity plan.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Continuity-Plan.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Continuity (plan format %2; this version reads formats up to %3). Open it with a newer Continuity.</source>
        <translation>%1 wurde von einer neueren Version von Continuity erstellt (Planformat %2; diese Version liest Formate bis %3). Öffnen Sie ihn mit einem neueren Continuity.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no plan format version.</source>
        <translation>%1 ist beschädigt: er hat keine Planformatversion.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes of the %3 it should have). Restore it from a snapshot or a backup.</source>
        <translation>%1 ist beschädigt: er ist abgeschnitten (%2 Byte von %3, die er haben sollte). Stellen Sie ihn aus einem Schnappschuss oder einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not a whole number of pages. Restore it from a snapshot or a backup.</source>
        <translation>%1 ist beschädigt: seine Größe ist keine ganze Zahl von Seiten. Stellen Sie ihn aus einem Schnappschuss oder einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>Trigger „%1“ der Tabelle „%2“</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation>Sicht „%1“</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>Index „%1“ der Tabelle „%2“</translation>
    </message>
    <message>
        <source>the virtual table &quot;%1&quot;</source>
        <translation>virtuelle Tabelle „%1“</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <source>The lock file %1 named no Continuity that holds the plan; it was taken over.</source>
        <translation>Die Sperrdatei %1 nannte kein Continuity, das den Plan hält; sie wurde übernommen.</translation>
    </message>
    <message>
        <source>it is already open in Continuity on %1 (process %2). Close it there to edit it here.</source>
        <translation>er ist bereits in Continuity auf %1 geöffnet (Prozess %2). Schließen Sie ihn dort, um ihn hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>it is already open in another Continuity window.</source>
        <translation>er ist bereits in einem anderen Continuity-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>its folder is read-only, so no lock can be taken beside it.</source>
        <translation>sein Ordner ist schreibgeschützt, daher kann daneben keine Sperre angelegt werden.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 holds a change that a program stopped in the middle of (the journal %2 beside it). It must be rolled back before the plan can be read, and that needs a file and folder that can be written: copy both files to a writable folder and open the copy.</source>
        <translation>%1 enthält eine Änderung, bei der ein Programm mittendrin angehalten wurde (das Journal %2 daneben). Sie muss zurückgerollt werden, bevor der Plan gelesen werden kann, und dafür müssen Datei und Ordner beschreibbar sein: Kopieren Sie beide Dateien in einen beschreibbaren Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 holds a change that a program stopped in the middle of, and it could not be rolled back: %2</source>
        <translation>%1 enthält eine Änderung, bei der ein Programm mittendrin angehalten wurde, und sie konnte nicht zurückgerollt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 was not opened: it holds %2, which Continuity does not create. A plan file holds data only; the file is unchanged.</source>
        <translation>%1 wurde nicht geöffnet: Die Datei enthält ein Objekt, das Continuity nicht anlegt (%2). Eine Plandatei enthält nur Daten; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 was not opened: %2 is not defined as Continuity defines it in plan format %3. The file is unchanged.</source>
        <translation>%1 wurde nicht geöffnet: %2 ist anders definiert, als Continuity es im Planformat %3 tut. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 of plan format %3 is missing. Restore it from a snapshot or a backup.</source>
        <translation>%1 ist beschädigt: %2 des Planformats %3 fehlt. Stellen Sie ihn aus einem Schnappschuss oder einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>a row of %1 names a row of %2 that does not exist</source>
        <translation>eine Zeile von %1 verweist auf eine nicht vorhandene Zeile von %2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to plan format %2 (%3): %4. The file is unchanged.</source>
        <translation>%1 konnte nicht auf Planformat %2 gebracht werden (%3): %4. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is read-only.</source>
        <translation>%1 kann nicht angelegt werden: der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>it was opened read-only.</source>
        <translation>er wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2. Restore it from a snapshot or a backup.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden: %2. Stellen Sie ihn aus einem Schnappschuss oder einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the file has more than one name (a hard link), so no lock can keep a second writer out. Copy it to edit it.</source>
        <translation>die Datei hat mehr als einen Namen (einen harten Link), daher kann keine Sperre einen zweiten Schreiber fernhalten. Kopieren Sie sie, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>a value in table %1 breaks the rules of its column</source>
        <translation>ein Wert in der Tabelle %1 verletzt die Regeln seiner Spalte</translation>
    </message>
    <message>
        <source>%1 holds values Continuity does not accept, so it was not read: %2. The file is unchanged.</source>
        <translation>%1 enthält Werte, die Continuity nicht annimmt, und wurde daher nicht gelesen: %2. Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Restore it from a snapshot or a backup.</source>
        <translation>%1 ist beschädigt: %2. Stellen Sie ihn aus einem Schnappschuss oder einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: %2 The file is unchanged.</source>
        <translation>%1: %2 Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: its plan format version cannot be read.</source>
        <translation>%1 ist beschädigt: seine Planformatversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 uses the older plan format %2 and must be upgraded to format %3 before it can be read, but %4 (%5)</source>
        <translation>%1 verwendet das ältere Planformat %2 und muss auf Format %3 gebracht werden, bevor er gelesen werden kann, aber %4 (%5)</translation>
    </message>
    <message>
        <source>A plan cannot be copied onto itself.</source>
        <translation>Ein Plan kann nicht auf sich selbst kopiert werden.</translation>
    </message>
    <message>
        <source>%1 is open in Continuity; close it there first.</source>
        <translation>%1 ist in Continuity geöffnet; schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>The plan could not be written to %1: %2</source>
        <translation>Der Plan konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile der Tabelle %3</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanJson</name>
    <message>
        <source>... and %1 more problems</source>
        <translation>... und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>muss eine Zeichenkette oder null sein</translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation>muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;x&quot;: 120, &quot;y&quot;: -40}</source>
        <translation>muss ein Objekt wie {&quot;x&quot;: 120, &quot;y&quot;: -40} sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>a call tree may be at most %1 levels deep</source>
        <translation>eine Alarmierungskette darf höchstens %1 Ebenen tief sein</translation>
    </message>
    <message>
        <source>must be an array of up to 4 policies (tiers 0 to 3)</source>
        <translation>muss ein Array von bis zu 4 Richtlinien sein (Stufen 0 bis 3)</translation>
    </message>
    <message>
        <source>must be an object: the first person or role called</source>
        <translation>muss ein Objekt sein: die zuerst angerufene Person oder Rolle</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>must be an array of ratings 0-4, one per time horizon</source>
        <translation>muss ein Array von Bewertungen 0–4 sein, eine je Zeithorizont</translation>
    </message>
    <message>
        <source>must have one rating per time horizon (%1)</source>
        <translation>muss eine Bewertung je Zeithorizont haben (%1)</translation>
    </message>
    <message>
        <source>must be an object of rating arrays per impact category</source>
        <translation>muss ein Objekt mit Bewertungs-Arrays je Auswirkungskategorie sein</translation>
    </message>
    <message>
        <source>must be an object of strings such as {&quot;sys_id&quot;: &quot;...&quot;}</source>
        <translation>muss ein Objekt aus Zeichenketten wie {&quot;sys_id&quot;: &quot;...&quot;} sein</translation>
    </message>
    <message>
        <source>%1: must be at most 100000 characters long</source>
        <translation>%1: darf höchstens 100000 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>%1: repeats a key of its object; a plan names each field once</source>
        <translation>%1: wiederholt einen Schlüssel seines Objekts; ein Plan nennt jedes Feld nur einmal</translation>
    </message>
    <message>
        <source>(top level): must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>(oberste Ebene): muss ein JSON-Objekt mit &quot;format&quot;: &quot;%1&quot; sein</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not Continuity plan JSON</source>
        <translation>format: muss „%1“ sein; dies ist kein Continuity-Plan-JSON</translation>
    </message>
    <message>
        <source>version: must be a whole number (this Continuity reads version %1)</source>
        <translation>version: muss eine ganze Zahl sein (dieses Continuity liest Version %1)</translation>
    </message>
    <message>
        <source>version: %1 was written by a newer Continuity; this version reads plan JSON version %2. Update Continuity to import it.</source>
        <translation>version: %1 wurde von einem neueren Continuity geschrieben; diese Version liest Plan-JSON-Version %2. Aktualisieren Sie Continuity, um es zu importieren.</translation>
    </message>
    <message>
        <source>must be a number of hours</source>
        <translation>muss eine Anzahl Stunden sein</translation>
    </message>
    <message>
        <source>must be an array of hours</source>
        <translation>muss ein Array von Stunden sein</translation>
    </message>
    <message>
        <source>must be a mapping object</source>
        <translation>muss ein Zuordnungsobjekt sein</translation>
    </message>
    <message>
        <source>not a runbook in JSON: %1</source>
        <translation>kein Runbook in JSON: %1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be an array of percentages</source>
        <translation>muss eine Liste von Prozentwerten sein</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanMerge</name>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>Abhängigkeit %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>runbook %1</source>
        <translation>Runbook %1</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>call tree %1</source>
        <translation>Alarmierungsbaum %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>SLO of %1</source>
        <translation>SLO von %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>freeze %1</source>
        <translation>Freeze %1</translation>
    </message>
    <message>
        <source>maintenance window %1</source>
        <translation>Wartungsfenster %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>Kontrolle %1</translation>
    </message>
    <message>
        <source>evidence file %1</source>
        <translation>Nachweisdatei %1</translation>
    </message>
    <message>
        <source>access review %1</source>
        <translation>Zugriffsprüfung %1</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>Ausnahme %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>commitment %1</source>
        <translation>Zusage %1</translation>
    </message>
    <message>
        <source>the tier %1 rule</source>
        <translation>die Regel für Tier %1</translation>
    </message>
    <message>
        <source>the regulatory rule for %1</source>
        <translation>die regulatorische Regel für %1</translation>
    </message>
    <message>
        <source>the plan&apos;s name</source>
        <translation>der Name des Plans</translation>
    </message>
    <message>
        <source>the BIA horizons</source>
        <translation>die BIA-Zeithorizonte</translation>
    </message>
    <message>
        <source>the BIA review interval</source>
        <translation>das BIA-Prüfintervall</translation>
    </message>
    <message>
        <source>the people policy</source>
        <translation>die Personenrichtlinie</translation>
    </message>
    <message>
        <source>the incident policy</source>
        <translation>die Vorfallrichtlinie</translation>
    </message>
    <message>
        <source>the change policy</source>
        <translation>die Change-Richtlinie</translation>
    </message>
    <message>
        <source>the governance policy</source>
        <translation>die Governance-Richtlinie</translation>
    </message>
    <message>
        <source>the CMDB mapping</source>
        <translation>die CMDB-Zuordnung</translation>
    </message>
    <message>
        <source>the tier policy</source>
        <translation>die Tier-Richtlinie</translation>
    </message>
    <message>
        <source>the regulatory policy</source>
        <translation>die regulatorische Richtlinie</translation>
    </message>
    <message>
        <source>the plan&apos;s %1</source>
        <translation>%1 des Plans</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>changed (%1)</source>
        <translation>geändert (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanSql</name>
    <message>
        <source>The plan file could not be written: %1</source>
        <translation>Die Plandatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The plan file could not be read: %1</source>
        <translation>Die Plandatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a role&apos;s mobilisation out of range</source>
        <translation>eine Mobilisierungszeit einer Rolle außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>a process without a node</source>
        <translation>ein Prozess ohne Knoten</translation>
    </message>
    <message>
        <source>a BIA rating outside the plan&apos;s processes and time horizons</source>
        <translation>eine BIA-Bewertung außerhalb der Prozesse und Zeithorizonte des Plans</translation>
    </message>
    <message>
        <source>a service without a node</source>
        <translation>ein Dienst ohne Knoten</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; has a kind or replication mode Continuity does not know</source>
        <translation>Dienst „%1“ hat eine Art oder Replikationsart, die Continuity nicht kennt</translation>
    </message>
    <message>
        <source>a node that is neither a process nor a service</source>
        <translation>ein Knoten, der weder Prozess noch Dienst ist</translation>
    </message>
    <message>
        <source>a redundancy group of a node that is not in the plan, or with a quorum out of range</source>
        <translation>eine Redundanzgruppe eines Knotens, der nicht im Plan ist, oder mit einem Quorum außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>a dependency between nodes that are not in the plan, or of a node on itself</source>
        <translation>eine Abhängigkeit zwischen Knoten, die nicht im Plan sind, oder eines Knotens von sich selbst</translation>
    </message>
    <message>
        <source>a dependency of unknown strength</source>
        <translation>eine Abhängigkeit unbekannter Stärke</translation>
    </message>
    <message>
        <source>a dependency in a redundancy group its consumer does not have</source>
        <translation>eine Abhängigkeit in einer Redundanzgruppe, die ihr Verbraucher nicht hat</translation>
    </message>
    <message>
        <source>The plan file holds a value Continuity does not accept, so it was not read: table bia_ratings, process &quot;%1&quot;, column %2: %3.</source>
        <translation>Die Plandatei enthält einen Wert, den Continuity nicht annimmt, und wurde daher nicht gelesen: Tabelle bia_ratings, Prozess „%1“, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>not an impact category</source>
        <translation>keine Auswirkungskategorie</translation>
    </message>
    <message>
        <source>must be a time horizon from 0 to %1</source>
        <translation>muss ein Zeithorizont von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>An earlier version of runbook &quot;%1&quot; cannot be read: %2</source>
        <translation>Eine frühere Version von Runbook „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The plan file holds values Continuity does not accept, so it was not read: %1.</source>
        <translation>Die Plandatei enthält Werte, die Continuity nicht annimmt, und wurde daher nicht gelesen: %1.</translation>
    </message>
    <message>
        <source>The plan file holds a value Continuity does not accept, so it was not read: table %1, column %2: must be one of: %3.</source>
        <translation>Die Plandatei enthält einen Wert, den Continuity nicht annimmt, und wurde daher nicht gelesen: Tabelle %1, Spalte %2: muss einer von diesen sein: %3.</translation>
    </message>
    <message>
        <source>The plan file has no process or service with id &quot;%1&quot;.</source>
        <translation>Die Plandatei hat keinen Prozess oder Dienst mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>The plan file has no dependency of %1 on %2.</source>
        <translation>Die Plandatei hat keine Abhängigkeit von %1 von %2.</translation>
    </message>
    <message>
        <source>The plan has no runbook &quot;%1&quot;.</source>
        <translation>Der Plan hat kein Runbook „%1“.</translation>
    </message>
    <message>
        <source>The plan has no exercise &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Übung „%1“.</translation>
    </message>
    <message>
        <source>group %1 of %2: there is no %2</source>
        <translation>Gruppe %1 von %2: %2 gibt es nicht</translation>
    </message>
    <message>
        <source>the dependency of %1 on %2 names a node that is not in the plan</source>
        <translation>die Abhängigkeit %1 → %2 nennt einen Knoten, der nicht im Plan steht</translation>
    </message>
    <message>
        <source>the dependency of %1 on %2 is in group %3, which %1 does not have</source>
        <translation>die Abhängigkeit %1 → %2 gehört zur Gruppe %3, die %1 nicht hat</translation>
    </message>
    <message>
        <source>The plan file could not be written: a row of %1 refers to a row of %2 that is not there</source>
        <translation>Die Plandatei konnte nicht geschrieben werden: eine Zeile von %1 verweist auf eine Zeile von %2, die es nicht gibt</translation>
    </message>
    <message>
        <source>The plan file holds a value Continuity does not accept, so it was not read: table %1: %2.</source>
        <translation>Die Plandatei enthält einen Wert, den Continuity nicht akzeptiert, daher wurde sie nicht gelesen: Tabelle %1: %2.</translation>
    </message>
    <message>
        <source>the steps are not numbered 0, 1, 2, ...</source>
        <translation>die Schritte sind nicht mit 0, 1, 2, … nummeriert</translation>
    </message>
    <message>
        <source>a tier is not 0 to 3</source>
        <translation>eine Stufe liegt nicht zwischen 0 und 3</translation>
    </message>
    <message>
        <source>the levels of a tier are not 0, 1, 2, ...</source>
        <translation>die Ebenen einer Stufe sind nicht 0, 1, 2, …</translation>
    </message>
    <message>
        <source>role %1 has no rota</source>
        <translation>Rolle %1 hat keinen Bereitschaftsplan</translation>
    </message>
    <message>
        <source>the levels of role %1 are not 0, 1, 2, ... of an escalation policy</source>
        <translation>die Stufen der Rolle %1 sind nicht 0, 1, 2, … einer Eskalationsregel</translation>
    </message>
    <message>
        <source>the nodes of call tree %1 do not form a tree of at most %2 people and %3 levels</source>
        <translation>die Knoten der Alarmierungskette %1 bilden keinen Baum mit höchstens %2 Personen und %3 Ebenen</translation>
    </message>
    <message>
        <source>call tree %1 has no root</source>
        <translation>Alarmierungskette %1 hat keinen Anfang</translation>
    </message>
    <message>
        <source>The plan has no person &quot;%1&quot;.</source>
        <translation>Der Plan enthält keine Person „%1“.</translation>
    </message>
    <message>
        <source>The plan has no role &quot;%1&quot;.</source>
        <translation>Der Plan enthält keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>The plan has no call tree &quot;%1&quot;.</source>
        <translation>Der Plan enthält keine Alarmierungskette „%1“.</translation>
    </message>
    <message>
        <source>The plan has no process or service &quot;%1&quot;.</source>
        <translation>Der Plan hat keinen Prozess oder Dienst „%1“.</translation>
    </message>
    <message>
        <source>The plan has no incident &quot;%1&quot;.</source>
        <translation>Der Plan hat keinen Vorfall „%1“.</translation>
    </message>
    <message>
        <source>The plan has no change &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Änderung „%1“.</translation>
    </message>
    <message>
        <source>The plan has no freeze window &quot;%1&quot;.</source>
        <translation>Der Plan hat keinen Freeze-Zeitraum „%1“.</translation>
    </message>
    <message>
        <source>The plan has no maintenance window &quot;%1&quot;.</source>
        <translation>Der Plan hat kein Wartungsfenster „%1“.</translation>
    </message>
    <message>
        <source>The plan has no control &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Kontrolle „%1“.</translation>
    </message>
    <message>
        <source>The plan has no evidence file &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Nachweisdatei „%1“.</translation>
    </message>
    <message>
        <source>The plan has no access review &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Zugriffsprüfung „%1“.</translation>
    </message>
    <message>
        <source>The plan has no exception &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Ausnahme „%1“.</translation>
    </message>
    <message>
        <source>The plan has no contract &quot;%1&quot;.</source>
        <translation>Der Plan hat keinen Vertrag „%1“.</translation>
    </message>
    <message>
        <source>The plan has no commitment &quot;%1&quot;.</source>
        <translation>Der Plan hat keine Zusage „%1“.</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanTransfer</name>
    <message>
        <source>Import Plan JSON</source>
        <translation>Plan-JSON importieren</translation>
    </message>
    <message>
        <source>Plan JSON (*.json);;All files (*)</source>
        <translation>Plan-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot Import Plan JSON</source>
        <translation>Plan-JSON kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1; Undo brings the plan back as it was.</source>
        <translation>%1 importiert; Rückgängig stellt den Plan wieder her, wie er war.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than any plan (%2 bytes).</source>
        <translation>%1 ist größer als jeder Plan (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 is not a plan this Continuity can import:
%2</source>
        <translation>%1 ist kein Plan, den dieses Continuity importieren kann:
%2</translation>
    </message>
    <message>
        <source>Import People from vCards</source>
        <translation>Personen aus vCards importieren</translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import vCards</source>
        <translation>vCards können nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged from %4</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert aus %4</translation>
    </message>
    <message>
        <source>Export Plan JSON</source>
        <translation>Plan-JSON exportieren</translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <translation>Plan-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Services as CSV</source>
        <translation>Dienste als CSV exportieren</translation>
    </message>
    <message>
        <source>-services</source>
        <translation>-dienste</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Dependencies as CSV</source>
        <translation>Abhängigkeiten als CSV exportieren</translation>
    </message>
    <message>
        <source>-dependencies</source>
        <translation>-abhaengigkeiten</translation>
    </message>
    <message>
        <source>Export Findings as CSV</source>
        <translation>Befunde als CSV exportieren</translation>
    </message>
    <message>
        <source>-findings</source>
        <translation>-befunde</translation>
    </message>
    <message>
        <source>Export the Graph as DOT</source>
        <translation>Graph als DOT exportieren</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Export People as vCards</source>
        <translation>Personen als vCards exportieren</translation>
    </message>
    <message>
        <source>-people</source>
        <translation>-personen</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export SLOs as OpenSLO</source>
        <translation>SLOs als OpenSLO exportieren</translation>
    </message>
    <message>
        <source>-slos</source>
        <translation>-slos</translation>
    </message>
    <message>
        <source>OpenSLO YAML (*.yaml *.yml)</source>
        <translation>OpenSLO-YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import Incidents from ServiceNow</source>
        <translation>Vorfälle aus ServiceNow importieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import Incidents</source>
        <translation>Vorfälle können nicht importiert werden</translation>
    </message>
    <message>
        <source>Number (matches on re-import):</source>
        <translation>Nummer (Zuordnung beim erneuten Import):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Priority (1 to 5):</source>
        <translation>Priorität (1 bis 5):</translation>
    </message>
    <message>
        <source>Opened (impact began):</source>
        <translation>Eröffnet (Beginn der Auswirkung):</translation>
    </message>
    <message>
        <source>Resolved (restored):</source>
        <translation>Gelöst (wiederhergestellt):</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Geschlossen:</translation>
    </message>
    <message>
        <source>Configuration item (node):</source>
        <translation>Konfigurationselement (Knoten):</translation>
    </message>
    <message>
        <source>Close code:</source>
        <translation>Abschlusscode:</translation>
    </message>
    <message>
        <source>(not in this export)</source>
        <translation>(nicht in diesem Export)</translation>
    </message>
    <message>
        <source>Times without an offset are in:</source>
        <translation>Zeiten ohne Versatz gelten in:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1. Choose the column for each field; an incident imported before is updated by its number.</source>
        <translation>
            <numerusform>%n Zeile in %1. Wählen Sie die Spalte für jedes Feld; ein früher importierter Vorfall wird über seine Nummer aktualisiert.</numerusform>
            <numerusform>%n Zeilen in %1. Wählen Sie die Spalte für jedes Feld; ein früher importierter Vorfall wird über seine Nummer aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; nothing was imported.</source>
        <translation>„%1“ ist keine Zeitzone; nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden:</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the other rows and leave these out?</source>
        <translation>Die übrigen Zeilen importieren und diese auslassen?</translation>
    </message>
    <message>
        <source>; not in the plan: %1</source>
        <translation>; nicht im Plan: %1</translation>
    </message>
    <message>
        <source>Import incidents from %1</source>
        <translation>Vorfälle aus %1 importieren</translation>
    </message>
    <message>
        <source>Cannot Import the Calendar</source>
        <translation>Kalender kann nicht importiert werden</translation>
    </message>
    <message>
        <source>The plan has no supplier. Add the supplier as a service of kind Supplier first; its maintenance windows belong to it.</source>
        <translation>Der Plan hat keinen Lieferanten. Legen Sie den Lieferanten zuerst als Dienst der Art Lieferant an; seine Wartungsfenster gehören zu ihm.</translation>
    </message>
    <message>
        <source>Import a Supplier&apos;s Maintenance Calendar</source>
        <translation>Wartungskalender eines Lieferanten importieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>iCalendar (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Whose maintenance calendar is it?</source>
        <translation>Wessen Wartungskalender ist das?</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 wurde nicht importiert:
%2</translation>
    </message>
    <message>
        <source>Import the maintenance calendar of %1</source>
        <translation>Wartungskalender von %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) of %1 imported</source>
        <translation>
            <numerusform>%n Wartungsfenster von %1 importiert</numerusform>
            <numerusform>%n Wartungsfenster von %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Change Calendar</source>
        <translation>Änderungskalender exportieren</translation>
    </message>
    <message>
        <source>-calendar</source>
        <translation>-kalender</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Import Changes from ServiceNow</source>
        <translation>Änderungen aus ServiceNow importieren</translation>
    </message>
    <message>
        <source>Cannot Import Changes</source>
        <translation>Änderungen können nicht importiert werden</translation>
    </message>
    <message>
        <source>Import the Others</source>
        <translation>Die übrigen importieren</translation>
    </message>
    <message>
        <source>Nothing new in %1</source>
        <translation>Nichts Neues in %1</translation>
    </message>
    <message>
        <source>Import changes from %1</source>
        <translation>Änderungen aus %1 importieren</translation>
    </message>
    <message>
        <source>%1 changes added, %2 updated from %3</source>
        <translation>%1 Änderungen hinzugefügt, %2 aktualisiert aus %3</translation>
    </message>
    <message>
        <source>Type (standard, normal, emergency):</source>
        <translation>Typ (Standard, normal, Notfall):</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Geplanter Beginn:</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Geplantes Ende:</translation>
    </message>
    <message>
        <source>Configuration item (target):</source>
        <translation>Konfigurationselement (Ziel):</translation>
    </message>
    <message>
        <source>Assigned to (implementer):</source>
        <translation>Zugewiesen an (Umsetzung):</translation>
    </message>
    <message>
        <source>Close code (outcome):</source>
        <translation>Abschlusscode (Ergebnis):</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Choose the column of %1 for each field; a change imported before is updated by its number, and what planners added to it stays.</source>
        <translation>Wählen Sie für jedes Feld die Spalte aus %1; eine früher importierte Änderung wird über ihre Nummer aktualisiert, und was Planer ergänzt haben, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Continuity::PostmortemReport</name>
    <message>
        <source>a team member</source>
        <translation>ein Teammitglied</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Nachbetrachtung %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Post-mortem · severity %1 · %2</source>
        <translation>Nachbetrachtung · Schweregrad %1 · %2</translation>
    </message>
    <message>
        <source>A blameless review: it asks what in our systems and ways of working let this happen, not who. Times are in %1.</source>
        <translation>Eine Nachbetrachtung ohne Schuldzuweisung: Sie fragt, was in unseren Systemen und Arbeitsweisen dies ermöglicht hat, nicht wer. Zeiten in %1.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>Der Vorfall</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Zeit bis zur Wiederherstellung</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Betroffene Kunden</translation>
    </message>
    <message>
        <source>Transactions affected</source>
        <translation>Betroffene Transaktionen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Caused by change</source>
        <translation>Verursacht durch Änderung</translation>
    </message>
    <message>
        <source>Runbooks activated</source>
        <translation>Aktivierte Runbooks</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>No affected node was recorded.</source>
        <translation>Es wurde kein betroffener Knoten erfasst.</translation>
    </message>
    <message>
        <source>Nodes recorded as affected</source>
        <translation>Als betroffen erfasste Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Down through the cascade</source>
        <translation>Durch die Kaskade ausgefallen</translation>
    </message>
    <message>
        <source>Every node that was down because of what was recorded (a process is down while a service it needs is down, even if nobody listed it), with its downtime against its RTO.</source>
        <translation>Jeder Knoten, der wegen des Erfassten ausgefallen war (ein Prozess ist ausgefallen, solange ein Dienst, den er braucht, ausgefallen ist, auch wenn ihn niemand aufgeführt hat), mit seiner Ausfallzeit gegenüber seiner RTO.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Down for</source>
        <translation>Ausgefallen für</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>%1 (breached)</source>
        <translation>%1 (überschritten)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more nodes.</source>
        <translation>
            <numerusform>… und %n weiterer Knoten.</numerusform>
            <numerusform>… und %n weitere Knoten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated loss from the processes&apos; loss per hour: **%1**.</source>
        <translation>Geschätzter Verlust aus dem Verlust je Stunde der Prozesse: **%1**.</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Verlorene Daten</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message>
        <source>No post-mortem has been written for this incident yet.</source>
        <translation>Für diesen Vorfall wurde noch keine Nachbetrachtung geschrieben.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>No timeline was recorded.</source>
        <translation>Es wurde kein Zeitverlauf erfasst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>No contributing factor was recorded.</source>
        <translation>Es wurde kein beitragender Faktor erfasst.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schieflief</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Wo wir Glück hatten</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No action was raised.</source>
        <translation>Es wurde keine Maßnahme erfasst.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Runbooks changed</source>
        <translation>Geänderte Runbooks</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Version that came out of it</source>
        <translation>Daraus entstandene Version</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>noch nicht geprüft</translation>
    </message>
</context>
<context>
    <name>Continuity::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The window reopens in the chosen language, on the same plan.</source>
        <translation>Das Fenster öffnet sich in der gewählten Sprache neu, mit demselben Plan.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>As the account says</source>
        <translation>Wie im Benutzerkonto</translation>
    </message>
    <message>
        <source>Recorded in the plan&apos;s audit trail beside your login with every change you make</source>
        <translation>Wird bei jeder Ihrer Änderungen neben Ihrer Anmeldung im Prüfpfad des Plans vermerkt</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
</context>
<context>
    <name>Continuity::ProcessTableModel</name>
    <message>
        <source>Tier %1 · assigned</source>
        <translation>Stufe %1 · zugewiesen</translation>
    </message>
    <message>
        <source>Tier %1 · by MTD</source>
        <translation>Stufe %1 · nach MTD</translation>
    </message>
    <message>
        <source>Tier %1 · by loss</source>
        <translation>Stufe %1 · nach Verlust</translation>
    </message>
    <message>
        <source>Tier %1 · default</source>
        <translation>Stufe %1 · Standard</translation>
    </message>
    <message>
        <source>Assigned by hand: %1</source>
        <translation>Von Hand zugewiesen: %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Verlust pro Stunde</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
</context>
<context>
    <name>Continuity::ProcessesPage</name>
    <message>
        <source>Business processes (%1)</source>
        <translation>Geschäftsprozesse (%1)</translation>
    </message>
</context>
<context>
    <name>Continuity::PushBackDialog</name>
    <message>
        <source>Conflicts: which version wins</source>
        <translation>Konflikte: welche Fassung gilt</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s version of each</source>
        <translation>Jeweils die Fassung des &amp;Servers behalten</translation>
    </message>
    <message>
        <source>Use the &amp;file&apos;s version of each (replaces the server&apos;s)</source>
        <translation>Jeweils die Fassung der &amp;Datei nehmen (ersetzt die des Servers)</translation>
    </message>
    <message>
        <source>&amp;Push Back</source>
        <translation>&amp;Zurückspielen</translation>
    </message>
    <message>
        <source>Push Back to Server</source>
        <translation>Zum Server zurückspielen</translation>
    </message>
    <message>
        <source>%1 was taken from plan “%2” on %3 at %4. Its changes since then go back to the server; what others changed there meanwhile stays.</source>
        <translation>%1 wurde am %4 aus Plan „%2“ auf %3 übernommen. Ihre Änderungen seither gehen an den Server zurück; was andere dort inzwischen geändert haben, bleibt.</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur wenn der Server danach fragt</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>P&amp;asswort:</translation>
    </message>
    <message>
        <source>&amp;Changes and conflicts:</source>
        <translation>Änderungen und &amp;Konflikte:</translation>
    </message>
    <message>
        <source>Comparing the file with the plan on the server…</source>
        <translation>Die Datei wird mit dem Plan auf dem Server verglichen…</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made in the file to write.</source>
        <translation>
            <numerusform>%n Änderung der Datei zu schreiben.</numerusform>
            <numerusform>%n Änderungen der Datei zu schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed on the server since stay as they are there.</source>
        <translation>
            <numerusform>%n seither auf dem Server geändertes Element bleibt, wie es dort ist.</numerusform>
            <numerusform>%n seither auf dem Server geänderte Elemente bleiben, wie sie dort sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in both, differently: choose which version wins.</source>
        <translation>
            <numerusform>%n Element auf beiden Seiten unterschiedlich geändert: wählen Sie, welche Fassung gilt.</numerusform>
            <numerusform>%n Elemente auf beiden Seiten unterschiedlich geändert: wählen Sie, welche Fassung gilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; the file will take the server&apos;s plan.</source>
        <translation>Nichts zu schreiben; die Datei übernimmt den Plan des Servers.</translation>
    </message>
    <message>
        <source>Pushing back…</source>
        <translation>Wird zurückgespielt…</translation>
    </message>
    <message>
        <source>The plan on the server changed meanwhile; nothing was pushed. Look at the comparison again.</source>
        <translation>Der Plan auf dem Server hat sich inzwischen geändert; nichts wurde zurückgespielt. Sehen Sie sich den Vergleich erneut an.</translation>
    </message>
    <message>
        <source>To write: %1</source>
        <translation>Zu schreiben: %1</translation>
    </message>
</context>
<context>
    <name>Continuity::RecoveryTableModel</name>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Prozess oder Dienst</translation>
    </message>
    <message>
        <source>Ready after</source>
        <translation>Bereit nach</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>Ziel-RTO</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>never: waits on the cycle %1</source>
        <translation>nie: wartet auf den Kreis %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>breached after %1</source>
        <translation>überschritten nach %1</translation>
    </message>
    <message>
        <source>kept (%1)</source>
        <translation>eingehalten (%1)</translation>
    </message>
</context>
<context>
    <name>Continuity::Recurrence</name>
    <message>
        <source>is not a recurrence rule of RFC 5545 (such as FREQ=WEEKLY;BYDAY=SA)</source>
        <translation>ist keine Wiederholungsregel nach RFC 5545 (etwa FREQ=WEEKLY;BYDAY=SA)</translation>
    </message>
    <message>
        <source>must repeat DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>muss DAILY, WEEKLY, MONTHLY oder YEARLY wiederholen</translation>
    </message>
    <message>
        <source>must have an INTERVAL from 1 to 1000</source>
        <translation>muss ein INTERVAL von 1 bis 1000 haben</translation>
    </message>
</context>
<context>
    <name>Continuity::Report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no room for a temporary copy</source>
        <translation>kein Platz für eine temporäre Kopie</translation>
    </message>
    <message>
        <source>the rewritten archive could not be read</source>
        <translation>das neu geschriebene Archiv konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Audit trail %1</source>
        <translation>Prüfpfad %1</translation>
    </message>
    <message>
        <source>the OpenDocument writer left no %1</source>
        <translation>der OpenDocument-Schreiber hat kein %1 hinterlassen</translation>
    </message>
    <message>
        <source>%1 could not be read back</source>
        <translation>%1 konnte nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>Continuity::ReportCharts</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Outage lasting</source>
        <translation>Dauer des Ausfalls</translation>
    </message>
    <message>
        <source>MTD %1</source>
        <translation>MTD %1</translation>
    </message>
</context>
<context>
    <name>Continuity::ReportExportBar</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Writing %1 — page %v of %m</source>
        <translation>%1 wird geschrieben — Seite %v von %m</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>Der Bericht konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Continuity::ReportPreview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Den Bericht drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller pages (Ctrl+-)</source>
        <translation>Kleinere Seiten (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger pages (Ctrl++)</source>
        <translation>Größere Seiten (Strg++)</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>An &amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Pages as wide as the window</source>
        <translation>Seiten so breit wie das Fenster</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Der Bericht wird vorbereitet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>Der Bericht konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n Seite gedruckt</numerusform>
            <numerusform>%n Seiten gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Printing page %v of %m</source>
        <translation>Seite %v von %m wird gedruckt</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>Der Drucker kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The printer stopped at page %1.</source>
        <translation>Der Drucker hat bei Seite %1 angehalten.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Continuity::Rules</name>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another process or service</source>
        <translation>„%1“ wird schon von einem anderen Prozess oder Dienst verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already belongs to &quot;%2&quot;</source>
        <translation>„%1“ gehört schon zu „%2“</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>names no process or service (&quot;%1&quot;)</source>
        <translation>nennt keinen Prozess oder Dienst („%1“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot depend on itself</source>
        <translation>„%1“ kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already depends on &quot;%2&quot;</source>
        <translation>„%1“ hängt schon von „%2“ ab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not depend on &quot;%2&quot;</source>
        <translation>„%1“ hängt nicht von „%2“ ab</translation>
    </message>
    <message>
        <source>only hard dependencies can be in a redundancy group</source>
        <translation>nur harte Abhängigkeiten können in einer Redundanzgruppe sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no redundancy group &quot;%2&quot;</source>
        <translation>„%1“ hat keine Redundanzgruppe „%2“</translation>
    </message>
    <message>
        <source>must be a name of 1 to %1 characters</source>
        <translation>muss ein Name mit 1 bis %1 Zeichen sein</translation>
    </message>
    <message>
        <source>repeats the group &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>wiederholt die Gruppe „%1“ von „%2“</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>must be from 1 to the number of providers in the group (%1)</source>
        <translation>muss zwischen 1 und der Zahl der Anbieter in der Gruppe (%1) liegen</translation>
    </message>
    <message>
        <source>is required: an approved runbook names who approved it</source>
        <translation>ist erforderlich: ein freigegebenes Runbook nennt, wer es freigegeben hat</translation>
    </message>
    <message>
        <source>names no runbook (&quot;%1&quot;)</source>
        <translation>nennt kein Runbook („%1“)</translation>
    </message>
    <message>
        <source>names no call tree (&quot;%1&quot;)</source>
        <translation>nennt keine Alarmierungskette („%1“)</translation>
    </message>
    <message>
        <source>has an SLO already (&quot;%1&quot;): a node has one</source>
        <translation>hat bereits ein SLO („%1“): Ein Knoten hat eines</translation>
    </message>
    <message>
        <source>names no person (&quot;%1&quot;)</source>
        <translation>nennt keine Person („%1“)</translation>
    </message>
    <message>
        <source>names no person or role (&quot;%1&quot;)</source>
        <translation>nennt keine Person oder Rolle („%1“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another %2</source>
        <translation>„%1“ wird bereits verwendet von: %2</translation>
    </message>
    <message>
        <source>names no %1 (&quot;%2&quot;)</source>
        <translation>nennt nichts vom Typ %1 („%2“)</translation>
    </message>
    <message>
        <source>cannot be the person themself</source>
        <translation>kann nicht die Person selbst sein</translation>
    </message>
    <message>
        <source>person or role</source>
        <translation>Person oder Rolle</translation>
    </message>
    <message>
        <source>call tree</source>
        <translation>Alarmierungskette</translation>
    </message>
    <message>
        <source>deputy of %1</source>
        <translation>Vertretung von %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>call tree %1</source>
        <translation>Alarmierungskette %1</translation>
    </message>
    <message>
        <source>the people policy</source>
        <translation>die Personenregeln</translation>
    </message>
    <message>
        <source>repeats the id &quot;%1&quot; of %2</source>
        <translation>wiederholt die Kennung „%1“ von %2</translation>
    </message>
    <message>
        <source>repeats the runbook id &quot;%1&quot;</source>
        <translation>wiederholt die Runbook-Kennung „%1“</translation>
    </message>
    <message>
        <source>repeats the exercise id &quot;%1&quot;</source>
        <translation>wiederholt die Übungskennung „%1“</translation>
    </message>
    <message>
        <source>repeats the incident id &quot;%1&quot;</source>
        <translation>wiederholt die Vorfallkennung „%1“</translation>
    </message>
    <message>
        <source>repeats the person or role id &quot;%1&quot;</source>
        <translation>wiederholt die Personen- oder Rollen-ID „%1“</translation>
    </message>
    <message>
        <source>repeats the call tree id &quot;%1&quot;</source>
        <translation>wiederholt die ID der Alarmierungskette „%1“</translation>
    </message>
    <message>
        <source>names no incident (&quot;%1&quot;)</source>
        <translation>nennt keinen Vorfall („%1“)</translation>
    </message>
    <message>
        <source>names no role (&quot;%1&quot;)</source>
        <translation>nennt keine Rolle („%1“)</translation>
    </message>
    <message>
        <source>repeats the id &quot;%1&quot;</source>
        <translation>wiederholt die ID „%1“</translation>
    </message>
    <message>
        <source>names no requirement of the catalogue (&quot;%1&quot;)</source>
        <translation>nennt keine Anforderung des Katalogs („%1“)</translation>
    </message>
    <message>
        <source>names no control (&quot;%1&quot;)</source>
        <translation>nennt keine Kontrolle („%1“)</translation>
    </message>
    <message>
        <source>may not accept this risk: only the owner of what it is about or a member of the plan&apos;s risk-owner role may</source>
        <translation>darf dieses Risiko nicht akzeptieren: nur Verantwortliche für das Betroffene oder Mitglieder der Risikoeigner-Rolle des Plans dürfen es</translation>
    </message>
    <message>
        <source>names no supplier (&quot;%1&quot;)</source>
        <translation>nennt keinen Lieferanten („%1“)</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not a supplier</source>
        <translation>nennt „%1“, das kein Lieferant ist</translation>
    </message>
</context>
<context>
    <name>Continuity::RunbookReport</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Dienst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>Version %1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Recovery runbook</source>
        <translation>Wiederherstellungs-Runbook</translation>
    </message>
    <message>
        <source>Recovery runbook for %1</source>
        <translation>Wiederherstellungs-Runbook für %1</translation>
    </message>
    <message>
        <source>cannot be worked out: steps wait for each other in a circle</source>
        <translation>nicht bestimmbar: Schritte warten im Kreis aufeinander</translation>
    </message>
    <message>
        <source>%1, within the RTO target of %2</source>
        <translation>%1, innerhalb des RTO-Ziels von %2</translation>
    </message>
    <message>
        <source>%1, LONGER than the RTO target of %2</source>
        <translation>%1, LÄNGER als das RTO-Ziel von %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>not tied to one service</source>
        <translation>nicht an einen Dienst gebunden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>**This is a draft.** It has not been approved for use in a recovery or a test.</source>
        <translation>**Dies ist ein Entwurf.** Er ist nicht für eine Wiederherstellung oder einen Test freigegeben.</translation>
    </message>
    <message>
        <source>**This runbook is retired.** Do not use it for a recovery.</source>
        <translation>**Dieses Runbook ist außer Dienst.** Verwenden Sie es nicht für eine Wiederherstellung.</translation>
    </message>
    <message>
        <source>Owners and contacts</source>
        <translation>Verantwortliche und Kontakte</translation>
    </message>
    <message>
        <source>(no owner named)</source>
        <translation>(keine Verantwortlichen genannt)</translation>
    </message>
    <message>
        <source>%1 (on call): </source>
        <translation>%1 (in Bereitschaft): </translation>
    </message>
    <message>
        <source>%1 (primary): </source>
        <translation>%1 (hauptverantwortlich): </translation>
    </message>
    <message>
        <source>no phone in the plan</source>
        <translation>keine Telefonnummer im Plan</translation>
    </message>
    <message>
        <source>Owner (team or role)</source>
        <translation>Verantwortlich (Team oder Rolle)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Name and how to reach them</source>
        <translation>Name und Erreichbarkeit</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>%1 must be running%2</source>
        <translation>%1 muss laufen%2</translation>
    </message>
    <message>
        <source>%1 should be running (soft)%2</source>
        <translation>%1 sollte laufen (weich)%2</translation>
    </message>
    <message>
        <source>, or enough of group %1</source>
        <translation>, oder genug aus Gruppe %1</translation>
    </message>
    <message>
        <source>Before you start, check:</source>
        <translation>Vor dem Start prüfen:</translation>
    </message>
    <message>
        <source>- This copy is the current version (%1) of the runbook.</source>
        <translation>- Diese Kopie ist die aktuelle Version (%1) des Runbooks.</translation>
    </message>
    <message>
        <source>- Each owner above is reachable and has the access their steps need.</source>
        <translation>- Alle oben genannten Verantwortlichen sind erreichbar und haben die Zugänge, die ihre Schritte brauchen.</translation>
    </message>
    <message>
        <source>- A disaster or test has been declared and the time noted here: ______</source>
        <translation>- Ein Notfall oder Test wurde ausgerufen und die Uhrzeit hier notiert: ______</translation>
    </message>
    <message>
        <source>Step %1 waits for nothing and can start at once.</source>
        <translation>Schritt %1 wartet auf nichts und kann sofort beginnen.</translation>
    </message>
    <message>
        <source>Steps %1 wait for nothing and can start at once.</source>
        <translation>Die Schritte %1 warten auf nichts und können sofort beginnen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Verification and rollback</source>
        <translation>Prüfung und Rückfall</translation>
    </message>
    <message>
        <source>After: </source>
        <translation>Nach: </translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>start +%1</source>
        <translation>Start +%1</translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>Prüfen: </translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>Rollback: </source>
        <translation>Rückfall: </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Critical path timeline</source>
        <translation>Zeitleiste des kritischen Pfads</translation>
    </message>
    <message>
        <source>The steps %1 wait for each other in a circle, so no timeline can be drawn. Fix the waits-for of these steps.</source>
        <translation>Die Schritte %1 warten im Kreis aufeinander, daher kann keine Zeitleiste gezeichnet werden. Korrigieren Sie die Wartebeziehungen dieser Schritte.</translation>
    </message>
    <message>
        <source>If every step takes its expected time, the runbook needs at least **%1** along this chain of steps.</source>
        <translation>Wenn jeder Schritt seine erwartete Zeit braucht, benötigt das Runbook entlang dieser Schrittkette mindestens **%1**.</translation>
    </message>
    <message>
        <source>The RTO target is %1: it fits.</source>
        <translation>Das RTO-Ziel ist %1: es passt.</translation>
    </message>
    <message>
        <source>The RTO target is %1: **the runbook cannot meet it** unless steps on this path get shorter or run in parallel.</source>
        <translation>Das RTO-Ziel ist %1: **das Runbook kann es nicht einhalten**, solange die Schritte auf diesem Pfad nicht kürzer werden oder parallel laufen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Earlier approved versions</source>
        <translation>Frühere freigegebene Versionen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Sign when the recovery or test is complete and every step above has been ticked or its problem noted. Note the time the service was verified working: ________</source>
        <translation>Unterschreiben Sie, wenn die Wiederherstellung oder der Test abgeschlossen ist und jeder Schritt oben abgehakt oder sein Problem notiert ist. Notieren Sie die Uhrzeit, zu der der Dienst als funktionierend geprüft wurde: ________</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>DR coordinator</source>
        <translation>Notfallkoordination</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Dienstverantwortliche</translation>
    </message>
    <message>
        <source>Runbook approver</source>
        <translation>Freigebende des Runbooks</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Continuity::RunbookStepsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt bei</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No owner: name the team or role that does this step.</source>
        <translation>Keine Verantwortlichen: nennen Sie das Team oder die Rolle, die diesen Schritt ausführt.</translation>
    </message>
    <message>
        <source>No verification: say how to check that this step worked.</source>
        <translation>Keine Prüfung: sagen Sie, wie geprüft wird, dass dieser Schritt funktioniert hat.</translation>
    </message>
    <message>
        <source>Step numbers this step waits for, separated by commas.</source>
        <translation>Nummern der Schritte, auf die dieser Schritt wartet, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours.</source>
        <translation>„%1“ ist keine Anzahl Stunden.</translation>
    </message>
    <message>
        <source>Edit step %1 of &quot;%2&quot;</source>
        <translation>Schritt %1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Move step %1 of &quot;%2&quot; to %3</source>
        <translation>Schritt %1 von „%2“ nach %3 verschieben</translation>
    </message>
    <message>
        <source>Add step to &quot;%1&quot;</source>
        <translation>Schritt zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete step %1 of &quot;%2&quot;</source>
        <translation>Schritt %1 von „%2“ löschen</translation>
    </message>
</context>
<context>
    <name>Continuity::Runbooks</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: these depend on each other in a circle and none can start first: %1. Decide which comes back first (a manual bootstrap) and write it here.</source>
        <translation>Blockiert: diese hängen im Kreis voneinander ab, und keiner kann zuerst beginnen: %1. Entscheiden Sie, was zuerst zurückkommt (ein manueller Bootstrap), und schreiben Sie es hier hin.</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot; has no steps yet. Add the steps, or draft them from a recovery analysis.</source>
        <translation>Runbook „%1“ hat noch keine Schritte. Fügen Sie die Schritte hinzu oder entwerfen Sie sie aus einer Wiederherstellungsanalyse.</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot; needs at least %2 h along its critical path, but the RTO target of %3 is %4 h. Shorten or parallelise the steps on the critical path, or agree a longer RTO.</source>
        <translation>Runbook „%1“ braucht entlang seines kritischen Pfads mindestens %2 h, aber das RTO-Ziel von %3 ist %4 h. Verkürzen oder parallelisieren Sie die Schritte auf dem kritischen Pfad, oder vereinbaren Sie eine längere RTO.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no owner: %2. Name the team or role that does each, so nobody waits for somebody else.</source>
        <translation>
            <numerusform>%n Schritt von Runbook „%1“ hat keine Verantwortlichen: %2. Nennen Sie für jeden das Team oder die Rolle, damit niemand auf jemand anderen wartet.</numerusform>
            <numerusform>%n Schritte von Runbook „%1“ haben keine Verantwortlichen: %2. Nennen Sie für jeden das Team oder die Rolle, damit niemand auf jemand anderen wartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no verification: %2. Say how to check that each step worked before the next one starts.</source>
        <translation>
            <numerusform>%n Schritt von Runbook „%1“ hat keine Prüfung: %2. Sagen Sie, wie geprüft wird, dass jeder Schritt funktioniert hat, bevor der nächste beginnt.</numerusform>
            <numerusform>%n Schritte von Runbook „%1“ haben keine Prüfung: %2. Sagen Sie, wie geprüft wird, dass jeder Schritt funktioniert hat, bevor der nächste beginnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no expected duration: %2. The critical path counts them as taking no time.</source>
        <translation>
            <numerusform>%n Schritt von Runbook „%1“ hat keine erwartete Dauer: %2. Der kritische Pfad rechnet ihn ohne Zeit.</numerusform>
            <numerusform>%n Schritte von Runbook „%1“ haben keine erwartete Dauer: %2. Der kritische Pfad rechnet sie ohne Zeit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::RunbooksPage</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>außer Dienst</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>New Runbook</source>
        <translation>Neues Runbook</translation>
    </message>
    <message>
        <source>Delete Runbook</source>
        <translation>Runbook löschen</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Außer Dienst stellen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>What to do, in plain words. Start lines with &quot;- &quot; or &quot;1. &quot; for lists; *emphasis* and **strong** print so.</source>
        <translation>Was zu tun ist, in klaren Worten. Zeilen mit „- “ oder „1. “ beginnen für Listen; *Betonung* und **Fettdruck** werden so gedruckt.</translation>
    </message>
    <message>
        <source>How to undo this step if it goes wrong.</source>
        <translation>Wie dieser Schritt rückgängig gemacht wird, wenn etwas schiefgeht.</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>Rückfall:</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n step(s)</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n Schritt</numerusform>
            <numerusform>%1
%2 · %3 · %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>(not tied to one service)</source>
        <translation>(nicht an einen Dienst gebunden)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>approved anyway by %1 on %2: %3</source>
        <translation>trotzdem freigegeben von %1 am %2: %3</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source> · earlier approved: %1</source>
        <translation> · früher freigegeben: %1</translation>
    </message>
    <message>
        <source>No runbooks yet. Make one with New Runbook, or draft one from a recovery analysis (Analyses → Recovery → Draft Runbook).</source>
        <translation>Noch keine Runbooks. Legen Sie eines mit Neues Runbook an oder entwerfen Sie eines aus einer Wiederherstellungsanalyse (Analysen → Wiederherstellung → Runbook-Entwurf).</translation>
    </message>
    <message>
        <source>⚠ Steps wait for each other in a circle: %1.</source>
        <translation>⚠ Schritte warten im Kreis aufeinander: %1.</translation>
    </message>
    <message>
        <source>✓ The critical path takes %1, within the RTO target of %2.</source>
        <translation>✓ Der kritische Pfad dauert %1, innerhalb des RTO-Ziels von %2.</translation>
    </message>
    <message>
        <source>The critical path takes %1.</source>
        <translation>Der kritische Pfad dauert %1.</translation>
    </message>
    <message>
        <source>Edit runbook &quot;%1&quot;</source>
        <translation>Runbook „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Approved version %1 kept; this is now draft %2.</source>
        <translation>Freigegebene Version %1 aufbewahrt; dies ist jetzt Entwurf %2.</translation>
    </message>
    <message>
        <source>Edit step %1 of &quot;%2&quot;</source>
        <translation>Schritt %1 von „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>The approved version is kept; this is now a new draft.</source>
        <translation>Die freigegebene Version ist aufbewahrt; dies ist jetzt ein neuer Entwurf.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Select a step to write its instructions and rollback.</source>
        <translation>Wählen Sie einen Schritt, um seine Anweisungen und seinen Rückfall zu schreiben.</translation>
    </message>
    <message>
        <source>Title of the runbook:</source>
        <translation>Titel des Runbooks:</translation>
    </message>
    <message>
        <source>Runbook deleted. Undo brings it back.</source>
        <translation>Runbook gelöscht. Rückgängig stellt es wieder her.</translation>
    </message>
    <message>
        <source>The runbook&apos;s own checks fail:</source>
        <translation>Die eigenen Prüfungen des Runbooks schlagen fehl:</translation>
    </message>
    <message>
        <source>Approve it as it is only if you accept this; the reason is kept with the approval.</source>
        <translation>Geben Sie es so nur frei, wenn Sie das akzeptieren; die Begründung wird mit der Freigabe festgehalten.</translation>
    </message>
    <message>
        <source>Approve Runbook Anyway?</source>
        <translation>Runbook trotzdem freigeben?</translation>
    </message>
    <message>
        <source>Approve Anyway</source>
        <translation>Trotzdem freigeben</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>Nicht freigegeben.</translation>
    </message>
    <message>
        <source>Approve Runbook Anyway</source>
        <translation>Runbook trotzdem freigeben</translation>
    </message>
    <message>
        <source>Why is it approved as it is?</source>
        <translation>Warum wird es so freigegeben?</translation>
    </message>
    <message>
        <source>Not approved: approving anyway needs a reason.</source>
        <translation>Nicht freigegeben: eine Freigabe trotz fehlgeschlagener Prüfungen braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Approve Runbook</source>
        <translation>Runbook freigeben</translation>
    </message>
    <message>
        <source>Approved by (name and role):</source>
        <translation>Freigegeben von (Name und Rolle):</translation>
    </message>
    <message>
        <source>Retire runbook &quot;%1&quot;</source>
        <translation>Runbook „%1“ außer Dienst stellen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>Export Runbook as PDF</source>
        <translation>Runbook als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E&amp;xit plan</source>
        <translation>Aus&amp;stiegsplan</translation>
    </message>
    <message>
        <source>How to leave the supplier this runbook is for. An approved exit plan is reported in DORA&apos;s register of information (B_07.01).</source>
        <translation>Wie man den Lieferanten verlässt, für den dieses Runbook ist. Ein genehmigter Ausstiegsplan wird im DORA-Informationsregister gemeldet (B_07.01).</translation>
    </message>
</context>
<context>
    <name>Continuity::SamplePlan</name>
    <message>
        <source>The bundled sample plan is missing.</source>
        <translation>Der mitgelieferte Beispielplan fehlt.</translation>
    </message>
    <message>
        <source>The bundled sample plan is invalid: %1</source>
        <translation>Der mitgelieferte Beispielplan ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>Continuity::ScenarioBrief</name>
    <message>
        <source>no phone in the plan</source>
        <translation>keine Telefonnummer im Plan</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Szenario-Lagebild</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>What fails: %1</source>
        <translation>Was ausfällt: %1</translation>
    </message>
    <message>
        <source>Down: %1, of them %2 business processes. Degraded: %3. Loss while it lasts: %4 per hour.</source>
        <translation>Ausgefallen: %1, davon %2 Geschäftsprozesse. Beeinträchtigt: %3. Verlust, solange es dauert: %4 pro Stunde.</translation>
    </message>
    <message>
        <source>Processes hit</source>
        <translation>Betroffene Prozesse</translation>
    </message>
    <message>
        <source>No business process goes down.</source>
        <translation>Kein Geschäftsprozess fällt aus.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Verlust pro Stunde</translation>
    </message>
    <message>
        <source>MTD breached after</source>
        <translation>MTD überschritten nach</translation>
    </message>
    <message>
        <source>Back after</source>
        <translation>Wieder da nach</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>does not come back: it waits on a cycle of dependencies</source>
        <translation>kommt nicht zurück: wartet auf einen Abhängigkeitszyklus</translation>
    </message>
    <message>
        <source>no MTD in the plan</source>
        <translation>keine MTD im Plan</translation>
    </message>
    <message>
        <source>breaches its MTD by %1</source>
        <translation>überschreitet seine MTD um %1</translation>
    </message>
    <message>
        <source>within its MTD, %1 to spare</source>
        <translation>innerhalb seiner MTD, %1 Reserve</translation>
    </message>
    <message>
        <source>… and %1 more processes with a smaller loss per hour.</source>
        <translation>… und %1 weitere Prozesse mit kleinerem Verlust pro Stunde.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Wen anrufen</translation>
    </message>
    <message>
        <source>No person or role of the plan owns or recovers what is down.</source>
        <translation>Keine Person und keine Rolle des Plans verantwortet oder stellt wieder her, was ausgefallen ist.</translation>
    </message>
    <message>
        <source>Role or person</source>
        <translation>Rolle oder Person</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand benannt</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more on the contact sheet.</source>
        <translation>… und %1 weitere auf der Kontaktliste.</translation>
    </message>
    <message>
        <source>Recovery order and runbooks</source>
        <translation>Wiederherstellungsreihenfolge und Runbooks</translation>
    </message>
    <message>
        <source>Nothing to recover.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Everything comes back within its RTO.</source>
        <translation>Alles kommt innerhalb seiner RTO zurück.</translation>
    </message>
    <message>
        <source>%1 of %2 miss their RTO; the largest gap is %3.</source>
        <translation>%1 von %2 verfehlen ihre RTO; die größte Lücke beträgt %3.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Prozess oder Dienst</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Runbook to open</source>
        <translation>Zu öffnendes Runbook</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <source>version %1, approved</source>
        <translation>Version %1, freigegeben</translation>
    </message>
    <message>
        <source>version %1, draft</source>
        <translation>Version %1, Entwurf</translation>
    </message>
    <message>
        <source>no runbook</source>
        <translation>kein Runbook</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>… and %1 more; `continuity-cli analyze recovery` lists them all.</source>
        <translation>… und %1 weitere; `continuity-cli analyze recovery` listet alle.</translation>
    </message>
    <message>
        <source>Degraded, still running</source>
        <translation>Beeinträchtigt, läuft noch</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>Continuity::Server</name>
    <message>
        <source>&quot;%1&quot; is not a server URL (postgresql://user@host/database?plan=NAME)</source>
        <translation>„%1“ ist keine Server-URL (postgresql://benutzer@host/datenbank?plan=NAME)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a plan on a server: a plan&apos;s name is a lower-case letter followed by up to 23 lower-case letters, digits or underscores</source>
        <translation>„%1“ kann keinen Plan auf einem Server benennen: Der Name eines Plans ist ein Kleinbuchstabe, gefolgt von bis zu 23 Kleinbuchstaben, Ziffern oder Unterstrichen</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Keine Verbindung zum Server: %1</translation>
    </message>
    <message>
        <source>The server cannot talk UTF-8: %1</source>
        <translation>Der Server spricht kein UTF-8: %1</translation>
    </message>
    <message>
        <source>The plan format&apos;s tables refer to each other in a circle</source>
        <translation>Die Tabellen des Planformats verweisen im Kreis aufeinander</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name PostgreSQL keeps for itself; choose another name for the plan</source>
        <translation>„%1“ ist ein Name, den PostgreSQL für sich selbst vorbehält; wählen Sie einen anderen Namen für den Plan</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot hold Continuity plans: its name becomes part of the plans&apos; role names, so it must be lower-case letters, digits and underscores, and with the plan&apos;s name at most 48 of them</source>
        <translation>Die Datenbank „%1“ kann keine Continuity-Pläne aufnehmen: Ihr Name wird Teil der Rollennamen der Pläne und darf daher nur aus Kleinbuchstaben, Ziffern und Unterstrichen bestehen, zusammen mit dem Namen des Plans höchstens 48 Zeichen</translation>
    </message>
    <message>
        <source>%1 is not pushed: its audit trail does not hold at record %2 (%3)</source>
        <translation>%1 wird nicht hochgeladen: Sein Prüfpfad ist bei Eintrag %2 nicht intakt (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server already has a plan (or schema) named &quot;%1&quot;; nothing was pushed. Pull it, or push under another name.</source>
        <translation>Der Server hat bereits einen Plan (oder ein Schema) namens „%1“; es wurde nichts hochgeladen. Laden Sie ihn herunter oder laden Sie unter einem anderen Namen hoch.</translation>
    </message>
    <message>
        <source>The plan could not be pushed: %1 (nothing was written to the server)</source>
        <translation>Der Plan konnte nicht hochgeladen werden: %1 (auf dem Server wurde nichts geschrieben)</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>Tabelle %1: %2</translation>
    </message>
    <message>
        <source>table %1 holds a value the plan format does not allow</source>
        <translation>Tabelle %1 enthält einen Wert, den das Planformat nicht zulässt</translation>
    </message>
    <message>
        <source>No room for a temporary plan: %1</source>
        <translation>Kein Platz für einen temporären Plan: %1</translation>
    </message>
    <message>
        <source>The server has no plan named &quot;%1&quot;</source>
        <translation>Der Server hat keinen Plan namens „%1“</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server is in plan format %2; this Continuity reads format %3. Use the Continuity that pushed it.</source>
        <translation>Plan „%1“ auf dem Server hat das Planformat %2; dieses Continuity liest Format %3. Verwenden Sie das Continuity, das ihn hochgeladen hat.</translation>
    </message>
    <message>
        <source>%1 may not read plan &quot;%2&quot;: ask its owner for the role %3</source>
        <translation>%1 darf Plan „%2“ nicht lesen: Bitten Sie seinen Eigentümer um die Rolle %3</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; could not be pulled: %2</source>
        <translation>Plan „%1“ konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>table %1 sent a row Continuity cannot read</source>
        <translation>Tabelle %1 lieferte eine Zeile, die Continuity nicht lesen kann</translation>
    </message>
    <message>
        <source>table %1, column %2 holds &quot;%3&quot;, which is not a number</source>
        <translation>Tabelle %1, Spalte %2 enthält „%3“, was keine Zahl ist</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a row of %2 that is not there</source>
        <translation>eine Zeile der Tabelle %1 verweist auf eine Zeile von %2, die es nicht gibt</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server breaks the plan&apos;s rules: %2</source>
        <translation>Plan „%1“ auf dem Server verstößt gegen die Regeln des Plans: %2</translation>
    </message>
    <message>
        <source>The audit trail of plan &quot;%1&quot; on the server does not hold at record %2 (%3)</source>
        <translation>Der Prüfpfad von Plan „%1“ auf dem Server ist bei Eintrag %2 nicht intakt (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL libpq can read</source>
        <translation>„%1“ ist keine Server-URL, die libpq lesen kann</translation>
    </message>
    <message>
        <source>%1 has an option Continuity cannot pass on (a ; or &apos; in a value)</source>
        <translation>%1 enthält eine Option, die Continuity nicht weitergeben kann (ein ; oder &apos; in einem Wert)</translation>
    </message>
    <message>
        <source>%1 names no plan; add ?plan=NAME</source>
        <translation>%1 nennt keinen Plan; ergänzen Sie ?plan=NAME</translation>
    </message>
    <message>
        <source>opened for reading</source>
        <translation>zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>%1 may read this plan but not change it (the planner role gives that)</source>
        <translation>%1 darf diesen Plan lesen, aber nicht ändern (das erlaubt die Rolle planner)</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server was pushed by an earlier Continuity, which kept no record of who wrote what: pull it with that one and push it again.</source>
        <translation>Plan „%1“ auf dem Server wurde von einer früheren Continuity-Version hochgeladen, die nicht festhielt, wer was schrieb: Holen Sie ihn mit jener Version ab und laden Sie ihn erneut hoch.</translation>
    </message>
    <message>
        <source>%1 changed the plan at %2 UTC, after this window last read it: the whole plan was not written over it. The window now shows the plan as it is.</source>
        <translation>%1 hat den Plan um %2 UTC geändert, nachdem dieses Fenster ihn zuletzt gelesen hatte: Der ganze Plan wurde nicht darübergeschrieben. Das Fenster zeigt jetzt den Plan, wie er ist.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3 UTC, after this window last read it: your change was not written. The window now shows the plan as it is.</source>
        <translation>%1 hat „%2“ um %3 UTC geändert, nachdem dieses Fenster es zuletzt gelesen hatte: Ihre Änderung wurde nicht geschrieben. Das Fenster zeigt jetzt den Plan, wie er ist.</translation>
    </message>
    <message>
        <source>Only an approver approves: %1 may change “%2” but not approve it; ask the plan&apos;s owner for the role %3. Nothing was written.</source>
        <translation>Nur wer genehmigen darf, genehmigt: %1 darf „%2“ ändern, aber nicht genehmigen; bitten Sie den Eigentümer des Plans um die Rolle %3. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3 UTC, after the step you are undoing or redoing: it was not taken back, so that %1&apos;s change stays. The window shows the plan as it is.</source>
        <translation>%1 hat „%2“ um %3 UTC geändert, nach dem Schritt, den Sie rückgängig machen oder wiederholen: Er wurde nicht zurückgenommen, damit die Änderung von %1 bleibt. Das Fenster zeigt den Plan, wie er ist.</translation>
    </message>
    <message>
        <source>added in the file</source>
        <translation>in der Datei hinzugefügt</translation>
    </message>
    <message>
        <source>added on the server</source>
        <translation>auf dem Server hinzugefügt</translation>
    </message>
    <message>
        <source>removed in the file</source>
        <translation>in der Datei entfernt</translation>
    </message>
    <message>
        <source>removed on the server</source>
        <translation>auf dem Server entfernt</translation>
    </message>
    <message>
        <source>changed in the file</source>
        <translation>in der Datei geändert</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1 was not pulled from a server, so there is nothing to push back; push it as a new plan (server push with a new plan=NAME).</source>
        <translation>%1 wurde nicht von einem Server geholt, es gibt also nichts zurückzuspielen; übertragen Sie sie als neuen Plan (server push mit neuem plan=NAME).</translation>
    </message>
    <message>
        <source>%1 was pulled from plan &quot;%2&quot; (%3); it can be pushed back only there, not to plan &quot;%4&quot;.</source>
        <translation>%1 wurde aus Plan „%2“ (%3) geholt; sie kann nur dorthin zurückgespielt werden, nicht zu Plan „%4“.</translation>
    </message>
    <message>
        <source>%1 cannot take the plan as pushed back: %2 Nothing was pushed.</source>
        <translation>%1 kann den zurückgespielten Plan nicht übernehmen: %2 Nichts wurde zurückgespielt.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server cannot be changed: %2 Nothing was pushed.</source>
        <translation>Plan „%1“ auf dem Server kann nicht geändert werden: %2 Nichts wurde zurückgespielt.</translation>
    </message>
    <message>
        <source>The file&apos;s record of the plan as it was pulled cannot be read; pull the plan again.</source>
        <translation>Der in der Datei festgehaltene Stand des Plans beim Holen ist nicht lesbar; holen Sie den Plan erneut.</translation>
    </message>
    <message>
        <source>The plans cannot be compared.</source>
        <translation>Die Pläne lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <source>%1: %2, and %3</source>
        <translation>%1: %2 und %3</translation>
    </message>
    <message>
        <source> (last by %1 at %2)</source>
        <translation> (zuletzt von %1 am %2)</translation>
    </message>
    <message>
        <source>; they differ in %1</source>
        <translation>; sie unterscheiden sich in %1</translation>
    </message>
    <message>
        <source>The file&apos;s changes and the server&apos;s together break the plan&apos;s rules: %1. Nothing was pushed; pull the plan again and make the file&apos;s changes there.</source>
        <translation>Die Änderungen der Datei und des Servers verletzen zusammen die Regeln des Plans: %1. Nichts wurde zurückgespielt; holen Sie den Plan erneut und nehmen Sie die Änderungen der Datei dort vor.</translation>
    </message>
    <message numerus="yes">
        <source>Push back %1 (%n change(s) made offline)</source>
        <translation>
            <numerusform>%1 zurückspielen (%n offline gemachte Änderung)</numerusform>
            <numerusform>%1 zurückspielen (%n offline gemachte Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was pushed.</source>
        <translation>%1; nichts wurde zurückgespielt.</translation>
    </message>
    <message>
        <source>Take plan &quot;%1&quot; as pushed back</source>
        <translation>Plan „%1“ wie zurückgespielt übernehmen</translation>
    </message>
    <message>
        <source>The server&apos;s plan holds the file&apos;s changes, but %1 could not take the server&apos;s plan: %2</source>
        <translation>Der Plan des Servers enthält die Änderungen der Datei, aber %1 konnte den Plan des Servers nicht übernehmen: %2</translation>
    </message>
    <message>
        <source>The file&apos;s record of the server plan it was pulled from cannot be read; pull the plan again.</source>
        <translation>Der in der Datei festgehaltene Herkunftsplan auf dem Server ist nicht lesbar; holen Sie den Plan erneut.</translation>
    </message>
    <message>
        <source>The plan on the server holds values Continuity does not accept, so others&apos; changes were not taken: %1.</source>
        <translation>Der Plan auf dem Server enthält Werte, die Continuity nicht annimmt; die Änderungen anderer wurden daher nicht übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>Continuity::ServiceTableModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
</context>
<context>
    <name>Continuity::ServicesPage</name>
    <message>
        <source>Search services by name, id or owner</source>
        <translation>Dienste nach Name, Kennung oder Verantwortlichen suchen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Services at a site: the site and everything that needs it</source>
        <translation>Dienste an einem Standort: der Standort und alles, was ihn braucht</translation>
    </message>
    <message>
        <source>Services, sites, suppliers and teams (%1)</source>
        <translation>Dienste, Standorte, Lieferanten und Teams (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
</context>
<context>
    <name>Continuity::SloView</name>
    <message>
        <source>Add SLO…</source>
        <translation>SLO hinzufügen…</translation>
    </message>
    <message>
        <source>Remove SLO</source>
        <translation>SLO entfernen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Budgets move with the clock: compute them again for now</source>
        <translation>Budgets ändern sich mit der Zeit: für jetzt neu berechnen</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Prozess oder Dienst</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>A burn rate of 1 uses the budget up exactly over the window; 10 uses it in a tenth of it.</source>
        <translation>Eine Verbrauchsrate von 1 braucht das Budget genau über das Zeitfenster auf, 10 in einem Zehntel davon.</translation>
    </message>
    <message>
        <source>SLO of:</source>
        <translation>SLO von:</translation>
    </message>
    <message>
        <source>Objective (%):</source>
        <translation>Zielwert (%):</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar month</source>
        <translation>Kalendermonat</translation>
    </message>
    <message>
        <source>calendar quarter</source>
        <translation>Kalenderquartal</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Degraded time counts against the budget</source>
        <translation>Beeinträchtigte Zeit zählt gegen das Budget</translation>
    </message>
    <message>
        <source>Recovery analysis against what happened, last twelve months</source>
        <translation>Wiederherstellungsanalyse gegenüber dem tatsächlichen Verlauf, letzte zwölf Monate</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Predicted ready</source>
        <translation>Vorhergesagt bereit</translation>
    </message>
    <message>
        <source>Actually restored</source>
        <translation>Tatsächlich wiederhergestellt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>%1 % (tier)</source>
        <translation>%1 % (Stufe)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>aufgebraucht</translation>
    </message>
    <message>
        <source>%1 % left</source>
        <translation>%1 % übrig</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <source>none: set one</source>
        <translation>keiner: bitte setzen</translation>
    </message>
    <message>
        <source>(no SLO selected)</source>
        <translation>(kein SLO ausgewählt)</translation>
    </message>
    <message>
        <source>the tier&apos;s %1</source>
        <translation>%1 der Stufe</translation>
    </message>
    <message>
        <source>The objective is a percentage such as 99.9.</source>
        <translation>Der Zielwert ist ein Prozentsatz wie 99,9.</translation>
    </message>
    <message>
        <source>Add SLO</source>
        <translation>SLO hinzufügen</translation>
    </message>
    <message>
        <source>Process or service:</source>
        <translation>Prozess oder Dienst:</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Incidents per month by severity</source>
        <translation>Vorfälle pro Monat nach Schweregrad</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>SG %1</translation>
    </message>
    <message>
        <source>Time to restore (hours)</source>
        <translation>Zeit bis zur Wiederherstellung (Stunden)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>%1 longer</source>
        <translation>%1 länger</translation>
    </message>
    <message>
        <source>%1 shorter</source>
        <translation>%1 kürzer</translation>
    </message>
    <message>
        <source>Error budget
left</source>
        <translation>Verbleibendes
Fehlerbudget</translation>
    </message>
    <message>
        <source>Down /
allowed</source>
        <translation>Ausfall /
erlaubt</translation>
    </message>
    <message>
        <source>Burn rate
1 h · 6 h · 3 d</source>
        <translation>Verbrauchsrate
1 h · 6 h · 3 T</translation>
    </message>
    <message>
        <source>Frozen
until</source>
        <translation>Gesperrt
bis</translation>
    </message>
</context>
<context>
    <name>Continuity::SnowChangeImport</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>format: must be &quot;continuity-snow-change-mapping&quot;</source>
        <translation>format: muss „continuity-snow-change-mapping“ sein</translation>
    </message>
    <message>
        <source>version: this Continuity reads mapping version 1</source>
        <translation>version: dieses Continuity liest Zuordnungsversion 1</translation>
    </message>
    <message>
        <source>%1: not a field of a change mapping</source>
        <translation>%1: kein Feld einer Änderungszuordnung</translation>
    </message>
    <message>
        <source>%1: must be a column name (text)</source>
        <translation>%1: muss ein Spaltenname sein (Text)</translation>
    </message>
    <message>
        <source>timeZone: must be a time zone such as Europe/Berlin</source>
        <translation>timeZone: muss eine Zeitzone wie Europe/Berlin sein</translation>
    </message>
    <message>
        <source>number: must name a column</source>
        <translation>number: muss eine Spalte nennen</translation>
    </message>
    <message>
        <source>%1: the export has no column %2 (its columns: %3)</source>
        <translation>%1: der Export hat keine Spalte %2 (seine Spalten: %3)</translation>
    </message>
    <message>
        <source>(none mapped)</source>
        <translation>(keine zugeordnet)</translation>
    </message>
    <message>
        <source>no change number in column %1</source>
        <translation>keine Änderungsnummer in Spalte %1</translation>
    </message>
    <message>
        <source>the change number must be 1 to 100 characters without spaces or commas</source>
        <translation>die Änderungsnummer muss 1 bis 100 Zeichen ohne Leerzeichen oder Kommas haben</translation>
    </message>
    <message>
        <source>change %1 appears a second time</source>
        <translation>Änderung %1 kommt ein zweites Mal vor</translation>
    </message>
    <message>
        <source>%1: a time does not read as 2026-03-04 10:15:00 or ISO-8601 (columns %2, %3, %4)</source>
        <translation>%1: eine Zeit ist nicht als 2026-03-04 10:15:00 oder ISO-8601 lesbar (Spalten %2, %3, %4)</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not standard, normal or emergency</source>
        <translation>%1: der Typ „%2“ ist weder standard, normal noch emergency</translation>
    </message>
    <message>
        <source>%1: the state &quot;%2&quot; is not a state of a change</source>
        <translation>%1: der Status „%2“ ist kein Status einer Änderung</translation>
    </message>
    <message>
        <source>%1: the close code &quot;%2&quot; does not read as an outcome</source>
        <translation>%1: der Abschlusscode „%2“ ist als Ergebnis nicht lesbar</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>Continuity::SnowIncidentImport</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>format: must be &quot;continuity-snow-incident-mapping&quot;</source>
        <translation>format: muss &quot;continuity-snow-incident-mapping&quot; sein</translation>
    </message>
    <message>
        <source>version: this Continuity reads mapping version 1</source>
        <translation>version: diese Continuity-Version liest Zuordnungen der Version 1</translation>
    </message>
    <message>
        <source>%1: not a field of an incident mapping</source>
        <translation>%1: kein Feld einer Vorfallzuordnung</translation>
    </message>
    <message>
        <source>%1: must be a column name (text)</source>
        <translation>%1: muss ein Spaltenname (Text) sein</translation>
    </message>
    <message>
        <source>timeZone: must be a time zone such as Europe/Berlin</source>
        <translation>timeZone: muss eine Zeitzone wie Europe/Berlin sein</translation>
    </message>
    <message>
        <source>number and openedAt: must name a column</source>
        <translation>number und openedAt: müssen eine Spalte nennen</translation>
    </message>
    <message>
        <source>(none mapped)</source>
        <translation>(keine zugeordnet)</translation>
    </message>
    <message>
        <source>%1: the export has no column %2 (its columns: %3)</source>
        <translation>%1: der Export hat keine Spalte %2 (seine Spalten: %3)</translation>
    </message>
    <message>
        <source>no incident number in column %1</source>
        <translation>keine Vorfallnummer in Spalte %1</translation>
    </message>
    <message>
        <source>the incident number is longer than 100 characters</source>
        <translation>die Vorfallnummer ist länger als 100 Zeichen</translation>
    </message>
    <message>
        <source>incident %1 appears a second time</source>
        <translation>Vorfall %1 kommt ein zweites Mal vor</translation>
    </message>
    <message>
        <source>%1: a time does not read as 2026-03-04 10:15:00 or ISO-8601 (columns %2, %3, %4)</source>
        <translation>%1: eine Zeit ist nicht als 2026-03-04 10:15:00 oder ISO-8601 lesbar (Spalten %2, %3, %4)</translation>
    </message>
    <message>
        <source>%1: the priority does not read as 1 to 5</source>
        <translation>%1: die Priorität ist nicht als 1 bis 5 lesbar</translation>
    </message>
    <message>
        <source>ServiceNow close code: %1</source>
        <translation>ServiceNow-Abschlusscode: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>Continuity::TableFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>Continuity::TierPolicyDialog</name>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Qualifies with an MTD of at most (hours)</source>
        <translation>Qualifiziert mit einer MTD von höchstens (Stunden)</translation>
    </message>
    <message>
        <source>or a loss per hour of at least</source>
        <translation>oder einem Verlust pro Stunde von mindestens</translation>
    </message>
    <message>
        <source>Test every (months)</source>
        <translation>Testen alle (Monate)</translation>
    </message>
    <message>
        <source>Regulatory tag</source>
        <translation>Regulatorisches Kennzeichen</translation>
    </message>
    <message>
        <source>Tier at least as critical as</source>
        <translation>Stufe mindestens so kritisch wie</translation>
    </message>
    <message>
        <source>RPO at most (hours)</source>
        <translation>RPO höchstens (Stunden)</translation>
    </message>
    <message>
        <source>Tier Policy</source>
        <translation>Stufenrichtlinie</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Regulatory tags</source>
        <translation>Regulatorische Kennzeichen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Review each process&apos;s &amp;BIA every</source>
        <translation>Die &amp;BIA jedes Prozesses prüfen alle</translation>
    </message>
    <message>
        <source>Tier %1: enter numbers, or leave the cell empty for no limit.</source>
        <translation>Stufe %1: geben Sie Zahlen ein oder lassen Sie die Zelle leer für keine Grenze.</translation>
    </message>
    <message>
        <source>Tier %1: test every 1 to 120 months, or leave the cell empty for no test interval.</source>
        <translation>Stufe %1: testen Sie alle 1 bis 120 Monate, oder lassen Sie die Zelle leer für kein Testintervall.</translation>
    </message>
    <message>
        <source>%1: enter numbers, or leave the cell empty for no rule.</source>
        <translation>%1: geben Sie Zahlen ein oder lassen Sie die Zelle leer für keine Regel.</translation>
    </message>
    <message>
        <source>Default SLO (%)</source>
        <translation>Standard-SLO (%)</translation>
    </message>
    <message>
        <source>A process is placed in the most critical tier whose MTD limit it meets or whose loss floor it reaches. Services of a tier with a test interval are due for an exercise that often; an SLO that sets no objective takes its tier&apos;s default. Leave a cell empty for no limit.</source>
        <translation>Ein Prozess kommt in die kritischste Stufe, deren MTD-Grenze er einhält oder deren Verlustschwelle er erreicht. Dienste einer Stufe mit Testintervall sind so oft für eine Übung fällig; ein SLO ohne eigenes Ziel übernimmt den Standard seiner Stufe. Eine leere Zelle bedeutet keine Grenze.</translation>
    </message>
    <message>
        <source>Tier %1: a default SLO is a percentage above 0 and below 100, such as 99.9, or empty for none.</source>
        <translation>Stufe %1: Ein Standard-SLO ist ein Prozentsatz über 0 und unter 100, etwa 99,9, oder leer für keines.</translation>
    </message>
</context>
<context>
    <name>Continuity::TypingGuard</name>
    <message>
        <source>Someone else changed the field you are typing in to “%1” meanwhile. What you typed is kept; it replaces theirs only when you confirm it (Enter or Tab).</source>
        <translation>Jemand anderes hat das Feld, in das Sie gerade schreiben, inzwischen auf „%1“ geändert. Ihre Eingabe bleibt erhalten; sie ersetzt den anderen Wert erst, wenn Sie sie bestätigen (Eingabe oder Tab).</translation>
    </message>
</context>
<context>
    <name>Continuity::UserDialogs</name>
    <message>
        <source>Continuity plans (*.continuity);;All files (*)</source>
        <translation>Continuity-Pläne (*.continuity);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
</context>
<context>
    <name>Continuity::VCard</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>a content line needs NAME:VALUE</source>
        <translation>eine Inhaltszeile braucht NAME:WERT</translation>
    </message>
    <message>
        <source>encoding %1 is not supported</source>
        <translation>die Kodierung %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>charset %1 is not supported; save the file as UTF-8</source>
        <translation>der Zeichensatz %1 wird nicht unterstützt; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>broken quoted-printable value</source>
        <translation>fehlerhafter Quoted-Printable-Wert</translation>
    </message>
    <message>
        <source>the value is not UTF-8</source>
        <translation>der Wert ist kein UTF-8</translation>
    </message>
    <message>
        <source>BEGIN:%1 is not a vCard</source>
        <translation>BEGIN:%1 ist keine vCard</translation>
    </message>
    <message>
        <source>a card begins inside another card</source>
        <translation>eine Karte beginnt innerhalb einer anderen Karte</translation>
    </message>
    <message>
        <source>more than %1 cards</source>
        <translation>mehr als %1 Karten</translation>
    </message>
    <message>
        <source>%1 outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>%1 außerhalb einer Karte (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>the card has no VERSION</source>
        <translation>die Karte hat keine VERSION</translation>
    </message>
    <message>
        <source>the card has no name (FN or N)</source>
        <translation>die Karte hat keinen Namen (FN oder N)</translation>
    </message>
    <message>
        <source>vCard version %1 is not supported (3.0 and 4.0 are)</source>
        <translation>vCard-Version %1 wird nicht unterstützt (3.0 und 4.0 schon)</translation>
    </message>
    <message>
        <source>the card does not end (END:VCARD is missing)</source>
        <translation>die Karte endet nicht (END:VCARD fehlt)</translation>
    </message>
</context>
<context>
    <name>Continuity::Validation</name>
    <message>
        <source>must be a number of hours from 0 to %1</source>
        <translation>muss eine Anzahl Stunden von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>must be a non-negative amount no larger than %1</source>
        <translation>muss ein nicht negativer Betrag bis höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be a tier from 0 to 3</source>
        <translation>muss eine Stufe von 0 bis 3 sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most 100000 characters long</source>
        <translation>darf höchstens 100000 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must have finite x and y between -%1 and %1</source>
        <translation>muss endliche x- und y-Werte zwischen -%1 und %1 haben</translation>
    </message>
    <message>
        <source>must be 1 to 200 characters without spaces or commas</source>
        <translation>muss 1 bis 200 Zeichen ohne Leerzeichen oder Kommas haben</translation>
    </message>
    <message>
        <source>must not be longer than the MTD (%1 h): a process must be back before its maximum tolerable downtime ends</source>
        <translation>darf nicht länger als die MTD sein (%1 h): ein Prozess muss zurück sein, bevor seine maximal tolerierbare Ausfallzeit endet</translation>
    </message>
    <message>
        <source>must have one rating per time horizon (%1)</source>
        <translation>muss eine Bewertung je Zeithorizont haben (%1)</translation>
    </message>
    <message>
        <source>must be a rating from 0 (none) to 4 (severe)</source>
        <translation>muss eine Bewertung von 0 (keine) bis 4 (schwerwiegend) sein</translation>
    </message>
    <message>
        <source>is only allowed with asynchronous replication</source>
        <translation>ist nur bei asynchroner Replikation erlaubt</translation>
    </message>
    <message>
        <source>is only allowed with backup-only replication</source>
        <translation>ist nur bei reiner Sicherung erlaubt</translation>
    </message>
    <message>
        <source>must be more than 0 hours</source>
        <translation>muss mehr als 0 Stunden sein</translation>
    </message>
    <message>
        <source>must be a tag of 1 to 50 characters</source>
        <translation>muss ein Kennzeichen von 1 bis 50 Zeichen sein</translation>
    </message>
    <message>
        <source>repeats the tag &quot;%1&quot;</source>
        <translation>wiederholt das Kennzeichen „%1“</translation>
    </message>
    <message>
        <source>repeats tier %1</source>
        <translation>wiederholt Stufe %1</translation>
    </message>
    <message>
        <source>must be a whole number of months from 1 to 120</source>
        <translation>muss eine ganze Zahl von Monaten von 1 bis 120 sein</translation>
    </message>
    <message>
        <source>must list 1 to 20 time horizons</source>
        <translation>muss 1 bis 20 Zeithorizonte auflisten</translation>
    </message>
    <message>
        <source>must be a number of hours above 0 and up to %1</source>
        <translation>muss eine Anzahl Stunden über 0 und bis %1 sein</translation>
    </message>
    <message>
        <source>must be longer than the horizon before it</source>
        <translation>muss länger sein als der Horizont davor</translation>
    </message>
    <message>
        <source>must be an ISO-8601 date and time</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>repeats the step id &quot;%1&quot;</source>
        <translation>wiederholt die Schrittkennung „%1“</translation>
    </message>
    <message>
        <source>a step cannot wait for itself</source>
        <translation>ein Schritt kann nicht auf sich selbst warten</translation>
    </message>
    <message>
        <source>names no step of this runbook (&quot;%1&quot;)</source>
        <translation>nennt keinen Schritt dieses Runbooks („%1“)</translation>
    </message>
    <message>
        <source>repeats the step &quot;%1&quot;</source>
        <translation>wiederholt den Schritt „%1“</translation>
    </message>
    <message>
        <source>wait for each other in a circle (%1); no step could ever start</source>
        <translation>warten im Kreis aufeinander (%1); kein Schritt könnte je beginnen</translation>
    </message>
    <message>
        <source>must be the id of the runbook it belongs to (&quot;%1&quot;)</source>
        <translation>muss die Kennung des Runbooks sein, zu dem sie gehört („%1“)</translation>
    </message>
    <message>
        <source>must be empty: only the current runbook keeps earlier versions</source>
        <translation>muss leer sein: nur das aktuelle Runbook bewahrt frühere Versionen</translation>
    </message>
    <message>
        <source>a call tree may have at most %1 people</source>
        <translation>eine Alarmierungskette darf höchstens %1 Personen umfassen</translation>
    </message>
    <message>
        <source>a call tree may be at most %1 levels deep</source>
        <translation>eine Alarmierungskette darf höchstens %1 Ebenen tief sein</translation>
    </message>
    <message>
        <source>must be an e-mail address (name@example.com)</source>
        <translation>muss eine E-Mail-Adresse sein (name@example.com)</translation>
    </message>
    <message>
        <source>must be a phone number, best in international form (+49 69 1234 5678)</source>
        <translation>muss eine Telefonnummer sein, am besten international (+49 69 1234 5678)</translation>
    </message>
    <message>
        <source>must be a time zone name such as Europe/Berlin</source>
        <translation>muss ein Zeitzonenname wie Europe/Berlin sein</translation>
    </message>
    <message>
        <source>must be a person&apos;s id</source>
        <translation>muss die ID einer Person sein</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must not be 0 when MTBF is 0: availability would be undefined</source>
        <translation>darf nicht 0 sein, wenn die MTBF 0 ist: Die Verfügbarkeit wäre unbestimmt</translation>
    </message>
    <message>
        <source>must be a whole number of months from 1 to %1</source>
        <translation>muss eine ganze Zahl von Monaten von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>wiederholt „%1“</translation>
    </message>
    <message>
        <source>must be a local date and time without offset (2026-01-05T09:00)</source>
        <translation>muss ein lokales Datum mit Uhrzeit ohne Versatz sein (2026-01-05T09:00)</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to %1</source>
        <translation>muss eine ganze Zahl von Tagen von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>must name at least one person</source>
        <translation>muss mindestens eine Person nennen</translation>
    </message>
    <message>
        <source>must be a date and time with its offset (2026-03-01T09:00:00+01:00)</source>
        <translation>muss ein Datum mit Uhrzeit und Versatz sein (2026-03-01T09:00:00+01:00)</translation>
    </message>
    <message>
        <source>must be after its start</source>
        <translation>muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein {0 ?}</translation>
    </message>
    <message>
        <source>must have at least one level</source>
        <translation>muss mindestens eine Stufe haben</translation>
    </message>
    <message>
        <source>must be a number of minutes from 0 to %1</source>
        <translation>muss eine Minutenzahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>must not be earlier than the level before</source>
        <translation>darf nicht vor der vorherigen Stufe liegen</translation>
    </message>
    <message>
        <source>must name at least one person or role</source>
        <translation>muss mindestens eine Person oder Rolle nennen</translation>
    </message>
    <message>
        <source>must be a share of the RTO above 0 and at most %1 (1 is the RTO itself)</source>
        <translation>muss ein Anteil der RTO über 0 und höchstens %1 sein (1 ist die RTO selbst)</translation>
    </message>
    <message>
        <source>must be later than the step before</source>
        <translation>muss später als der Schritt davor sein</translation>
    </message>
    <message>
        <source>must be a number of minutes above 0 and at most %1</source>
        <translation>muss eine Minutenzahl über 0 und höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>muss ein Datum der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>needs declaredAt: an exercise ends after it was declared</source>
        <translation>braucht declaredAt: eine Übung endet, nachdem sie ausgerufen wurde</translation>
    </message>
    <message>
        <source>must not be before declaredAt</source>
        <translation>darf nicht vor declaredAt liegen</translation>
    </message>
    <message>
        <source>repeats a runbook</source>
        <translation>wiederholt ein Runbook</translation>
    </message>
    <message>
        <source>repeats a service</source>
        <translation>wiederholt einen Dienst</translation>
    </message>
    <message>
        <source>is required: only the last pause may still be running</source>
        <translation>ist erforderlich: nur die letzte Pause darf noch laufen</translation>
    </message>
    <message>
        <source>must not be before pausedAt</source>
        <translation>darf nicht vor pausedAt liegen</translation>
    </message>
    <message>
        <source>must not be before the end of the pause before it</source>
        <translation>darf nicht vor dem Ende der Pause davor liegen</translation>
    </message>
    <message>
        <source>needs both runbook and step, or neither for a note</source>
        <translation>braucht Runbook und Schritt, oder keines von beiden für eine Notiz</translation>
    </message>
    <message>
        <source>repeats step &quot;%1&quot; of runbook &quot;%2&quot;</source>
        <translation>wiederholt Schritt „%1“ von Runbook „%2“</translation>
    </message>
    <message>
        <source>must not be before startedAt</source>
        <translation>darf nicht vor startedAt liegen</translation>
    </message>
    <message>
        <source>must be &quot;startedAt&quot; or &quot;finishedAt&quot;</source>
        <translation>muss „startedAt“ oder „finishedAt“ sein</translation>
    </message>
    <message>
        <source>repeats the service &quot;%1&quot;</source>
        <translation>wiederholt den Dienst „%1“</translation>
    </message>
    <message>
        <source>repeats the action id &quot;%1&quot;</source>
        <translation>wiederholt die Maßnahmenkennung „%1“</translation>
    </message>
    <message>
        <source>is only for actions done</source>
        <translation>ist nur für erledigte Maßnahmen</translation>
    </message>
    <message>
        <source>is only for a call-tree drill</source>
        <translation>gilt nur für eine Alarmierungsübung</translation>
    </message>
    <message>
        <source>needs declaredAt: people are called once the drill is declared</source>
        <translation>braucht declaredAt: angerufen wird erst, wenn die Übung gestartet ist</translation>
    </message>
    <message>
        <source>is required: when the person confirmed</source>
        <translation>ist erforderlich: wann die Person bestätigte</translation>
    </message>
    <message>
        <source>is only for people who confirmed or were unreachable</source>
        <translation>gilt nur für Personen, die bestätigt haben oder nicht erreichbar waren</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>must be a percentage above 0 and below 100, such as 99.9</source>
        <translation>muss ein Prozentsatz über 0 und unter 100 sein, etwa 99.9</translation>
    </message>
    <message>
        <source>must be a number of days such as &quot;30d&quot; (1 to %1), &quot;month&quot; or &quot;quarter&quot;</source>
        <translation>muss eine Zahl von Tagen wie „30d“ (1 bis %1), „month“ oder „quarter“ sein</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 365</source>
        <translation>muss eine ganze Zahl von Tagen von 1 bis 365 sein</translation>
    </message>
    <message>
        <source>must be a time zone such as Europe/Berlin or UTC</source>
        <translation>muss eine Zeitzone wie Europe/Berlin oder UTC sein</translation>
    </message>
    <message>
        <source>must be an ISO-8601 date and time with its offset, such as 2026-03-04T09:15:00+01:00</source>
        <translation>muss ein ISO-8601-Datum mit Uhrzeit und Zeitversatz sein, etwa 2026-03-04T09:15:00+01:00</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5</source>
        <translation>muss eine ganze Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>must not be before restoredAt</source>
        <translation>darf nicht vor restoredAt liegen</translation>
    </message>
    <message>
        <source>is required for a closed incident</source>
        <translation>ist für einen geschlossenen Vorfall erforderlich</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10^12</source>
        <translation>muss eine ganze Zahl von 0 bis 10^12 sein</translation>
    </message>
    <message>
        <source>must list at most %1 nodes</source>
        <translation>darf höchstens %1 Knoten aufführen</translation>
    </message>
    <message>
        <source>must not be before its start</source>
        <translation>darf nicht vor seinem Beginn liegen</translation>
    </message>
    <message>
        <source>repeats a data store</source>
        <translation>wiederholt einen Datenspeicher</translation>
    </message>
    <message>
        <source>repeats an action id</source>
        <translation>wiederholt eine Maßnahmenkennung</translation>
    </message>
    <message>
        <source>must list at most %1</source>
        <translation>darf höchstens %1 aufführen</translation>
    </message>
    <message>
        <source>must be at most 1000 characters long</source>
        <translation>darf höchstens 1000 Zeichen lang sein</translation>
    </message>
    <message>
        <source>is required with the other end of the planned window</source>
        <translation>ist mit dem anderen Ende des geplanten Zeitfensters nötig</translation>
    </message>
    <message>
        <source>must be after plannedStart</source>
        <translation>muss nach plannedStart liegen</translation>
    </message>
    <message>
        <source>must be at most %1 hours after plannedStart</source>
        <translation>darf höchstens %1 Stunden nach plannedStart liegen</translation>
    </message>
    <message>
        <source>must not be before actualStart</source>
        <translation>darf nicht vor actualStart liegen</translation>
    </message>
    <message>
        <source>is required with actualEnd</source>
        <translation>ist mit actualEnd nötig</translation>
    </message>
    <message>
        <source>repeats a target</source>
        <translation>wiederholt ein Ziel</translation>
    </message>
    <message>
        <source>must be someone other than the implementer</source>
        <translation>muss jemand anderes als die umsetzende Person sein</translation>
    </message>
    <message>
        <source>must list at most 100 steps</source>
        <translation>darf höchstens 100 Schritte aufführen</translation>
    </message>
    <message>
        <source>must be a percentage above the step before and at most 100</source>
        <translation>muss ein Prozentwert über dem vorigen Schritt und höchstens 100 sein</translation>
    </message>
    <message>
        <source>repeats a person</source>
        <translation>wiederholt eine Person</translation>
    </message>
    <message>
        <source>must list at most 1000 checks</source>
        <translation>darf höchstens 1000 Prüfungen aufführen</translation>
    </message>
    <message>
        <source>repeats an incident</source>
        <translation>wiederholt einen Vorfall</translation>
    </message>
    <message>
        <source>is given only once a change is in review or closed</source>
        <translation>wird erst angegeben, wenn eine Änderung in Nachprüfung oder abgeschlossen ist</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>muss nach start liegen</translation>
    </message>
    <message>
        <source>is required for the scope maxTier</source>
        <translation>ist für den Geltungsbereich maxTier nötig</translation>
    </message>
    <message>
        <source>must list a node for the scope nodes</source>
        <translation>muss für den Geltungsbereich nodes einen Knoten aufführen</translation>
    </message>
    <message>
        <source>must list a site for the scope sites</source>
        <translation>muss für den Geltungsbereich sites einen Standort aufführen</translation>
    </message>
    <message>
        <source>repeats a node</source>
        <translation>wiederholt einen Knoten</translation>
    </message>
    <message>
        <source>repeats a site</source>
        <translation>wiederholt einen Standort</translation>
    </message>
    <message>
        <source>must be the id of a process or service</source>
        <translation>muss die ID eines Prozesses oder Dienstes sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a number of hours above 0 and at most %1</source>
        <translation>muss eine Stundenzahl über 0 und höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to %1</source>
        <translation>muss eine ganze Zahl von Tagen von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>repeats a requirement</source>
        <translation>wiederholt eine Anforderung</translation>
    </message>
    <message>
        <source>must be a severity from 1 (worst) to 5</source>
        <translation>muss ein Schweregrad von 1 (am schwersten) bis 5 sein</translation>
    </message>
    <message>
        <source>must be the id of a control</source>
        <translation>muss die Kennung einer Kontrolle sein</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>muss aus 64 kleingeschriebenen Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>must be a whole number of bytes</source>
        <translation>muss eine ganze Zahl von Bytes sein</translation>
    </message>
    <message>
        <source>must be the id of a service or process</source>
        <translation>muss die Kennung eines Dienstes oder Prozesses sein</translation>
    </message>
    <message>
        <source>must be a whole number of accounts</source>
        <translation>muss eine ganze Zahl von Konten sein</translation>
    </message>
    <message>
        <source>must not be more than the accounts reviewed</source>
        <translation>darf nicht größer sein als die geprüften Konten</translation>
    </message>
    <message>
        <source>an exception accepts either a finding (kind and subject) or a control</source>
        <translation>eine Ausnahme akzeptiert entweder einen Befund (Art und Gegenstand) oder eine Kontrolle</translation>
    </message>
    <message>
        <source>must be the kind of a finding (&quot;tier-inversion&quot;)</source>
        <translation>muss die Art eines Befunds sein („tier-inversion“)</translation>
    </message>
    <message>
        <source>must be the id the finding is about</source>
        <translation>muss die Kennung sein, die der Befund betrifft</translation>
    </message>
    <message>
        <source>must be the id of a person</source>
        <translation>muss die Kennung einer Person sein</translation>
    </message>
    <message>
        <source>must be after the day it was accepted</source>
        <translation>muss nach dem Tag der Annahme liegen</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n month(s) after the day it was accepted</source>
        <translation>
            <numerusform>darf höchstens %n Monat nach dem Tag der Annahme liegen</numerusform>
            <numerusform>darf höchstens %n Monate nach dem Tag der Annahme liegen</numerusform>
        </translation>
    </message>
    <message>
        <source>must be the code of a licensed activity of DORA&apos;s register (&quot;x222&quot;), or empty</source>
        <translation>muss der Code einer zugelassenen Tätigkeit des DORA-Registers („x222“) oder leer sein</translation>
    </message>
    <message>
        <source>must be one of %1, or empty</source>
        <translation>muss eines von %1 oder leer sein</translation>
    </message>
    <message>
        <source>must be an ISO 3166 country code (&quot;DE&quot;), or empty</source>
        <translation>muss ein Ländercode nach ISO 3166 („DE“) oder leer sein</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), or empty</source>
        <translation>muss ein Datum (JJJJ-MM-TT) oder leer sein</translation>
    </message>
    <message>
        <source>must be the id of a supplier</source>
        <translation>muss die Id eines Lieferanten sein</translation>
    </message>
    <message>
        <source>must be at most 255 characters long</source>
        <translation>darf höchstens 255 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>darf nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>muss eine ganze Zahl von Tagen sein</translation>
    </message>
    <message>
        <source>must be a non-negative amount no larger than 1e+15</source>
        <translation>muss ein nicht negativer Betrag bis 1e+15 sein</translation>
    </message>
    <message>
        <source>must be an ISO 4217 currency code (&quot;EUR&quot;), or empty</source>
        <translation>muss ein Währungscode nach ISO 4217 („EUR“) oder leer sein</translation>
    </message>
    <message>
        <source>a commitment promises an availability, an RTO or both</source>
        <translation>eine Zusage verspricht eine Verfügbarkeit, eine RTO oder beides</translation>
    </message>
    <message>
        <source>must be 20 upper-case letters and digits (an LEI), or empty</source>
        <translation>muss 20 Großbuchstaben und Ziffern (ein LEI) oder leer sein</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Control &quot;%1&quot;</source>
        <translation>Kontrolle „%1“</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;</source>
        <translation>Nachweis „%1“</translation>
    </message>
    <message>
        <source>Access review &quot;%1&quot;</source>
        <translation>Zugriffsprüfung „%1“</translation>
    </message>
    <message>
        <source>Exception &quot;%1&quot;</source>
        <translation>Ausnahme „%1“</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;</source>
        <translation>Vertrag „%1“</translation>
    </message>
    <message>
        <source>Commitment &quot;%1&quot;</source>
        <translation>Zusage „%1“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Business continuity and disaster-recovery planning</source>
        <translation>Planung für Business Continuity und Notfallwiederherstellung</translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation>Eine zu öffnende Plandatei.</translation>
    </message>
    <message>
        <source>Open the Analyses area with these ids failed (comma-separated).</source>
        <translation>Den Bereich Analysen mit diesen ausgefallenen Kennungen öffnen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Start in presentation mode (large text for a projector).</source>
        <translation>Im Präsentationsmodus starten (große Schrift für einen Projektor).</translation>
    </message>
    <message>
        <source>Open the plan at an area: %1.</source>
        <translation>Den Plan in einem Bereich öffnen: %1.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two of a list: &quot;changes, compliance or audit&quot;</comment>
        <translation>%1 oder %2</translation>
    </message>
</context>
</TS>
