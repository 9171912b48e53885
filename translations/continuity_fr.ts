<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Continuity::AccessReviewDialog</name>
    <message>
        <source>Record Access Review</source>
        <translation>Enregistrer une revue des accès</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Revu par :</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Revu le :</translation>
    </message>
    <message>
        <source>Accounts reviewed:</source>
        <translation>Comptes revus :</translation>
    </message>
    <message>
        <source>Accounts removed:</source>
        <translation>Comptes supprimés :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
</context>
<context>
    <name>Continuity::AnalysesPage</name>
    <message>
        <source>Scenario: what fails</source>
        <translation>Scénario : ce qui tombe en panne</translation>
    </message>
    <message>
        <source>Find a process, service, site or supplier</source>
        <translation>Chercher un processus, un service, un site ou un fournisseur</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Clear scenario</source>
        <translation>Vider le scénario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>Turn this recovery order into a runbook: one step per node in wave order, with durations and waits filled in.</source>
        <translation>Transformer cet ordre de reprise en procédure : une étape par nœud dans l’ordre des vagues, avec durées et attentes renseignées.</translation>
    </message>
    <message>
        <source>Draft Runbook</source>
        <translation>Ébauche de procédure</translation>
    </message>
    <message>
        <source>Create a draft runbook from this recovery analysis</source>
        <translation>Créer une ébauche de procédure à partir de cette analyse de reprise</translation>
    </message>
    <message>
        <source>Scenario Brief PDF…</source>
        <translation>Fiche de crise en PDF…</translation>
    </message>
    <message>
        <source>A few pages for the war room: what is down, the loss, when each process breaches its MTD, who to call, the runbooks in recovery order</source>
        <translation>Quelques pages pour la cellule de crise : ce qui est en panne, la perte, quand chaque processus dépasse sa MTD, qui appeler, les procédures dans l’ordre de reprise</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Tier 0/1 process or service</source>
        <translation>Processus ou service de niveau 0/1</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <source>Role or person</source>
        <translation>Rôle ou personne</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Appeler maintenant</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Contact Sheet PDF…</source>
        <translation>Fiche de contacts en PDF…</translation>
    </message>
    <message>
        <source>Who to call for this scenario, the call trees and the external contacts, on paper</source>
        <translation>Qui appeler pour ce scénario, les arbres d’appel et les contacts externes, sur papier</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>Show on Map</source>
        <translation>Afficher sur la carte</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Filtrer par processus, service, personne ou texte</translation>
    </message>
    <message>
        <source>Findings Review PDF…</source>
        <translation>Revue des constats en PDF…</translation>
    </message>
    <message>
        <source>Every finding by severity and kind with what to do, the single points of failure per target, and what changed since an older copy of the plan</source>
        <translation>Chaque constat par gravité et par type avec ce qu’il faut faire, les points de défaillance uniques par cible, et ce qui a changé depuis une copie plus ancienne du plan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>then</source>
        <translation>puis</translation>
    </message>
    <message>
        <source>after %1 min</source>
        <translation>après %1 min</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>%1 findings, %2 of them errors</source>
        <translation>%1 constats, dont %2 erreurs</translation>
    </message>
    <message>
        <source>Nothing fails yet: tick what should fail.</source>
        <translation>Rien ne tombe encore en panne : cochez ce qui doit tomber.</translation>
    </message>
    <message>
        <source>Pick what fails on the left to see the cascade and the recovery. %1.</source>
        <translation>Choisissez à gauche ce qui tombe en panne pour voir la cascade et la reprise. %1.</translation>
    </message>
    <message>
        <source>Failing: %1</source>
        <translation>En panne : %1</translation>
    </message>
    <message>
        <source>%1 down (%2 business processes), %3 degraded; loss %4 per hour. %5.</source>
        <translation>%1 en panne (%2 processus métier), %3 dégradés ; perte de %4 par heure. %5.</translation>
    </message>
    <message>
        <source>Business processes: achievable against target RTO (hours)</source>
        <translation>Processus métier : RTO atteignable face au RTO cible (heures)</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Atteignable</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>RTO cible</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s)</source>
        <translation>
            <numerusform>%1 sur %n constat</numerusform>
            <numerusform>%1 sur %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings review</source>
        <translation>Revue des constats</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Fiche de crise</translation>
    </message>
    <message>
        <source>Findings Review</source>
        <translation>Revue des constats</translation>
    </message>
    <message>
        <source>Print the plan&apos;s findings as they are, or compare them with an older copy of the plan (a snapshot from the last review) to see what is new and what was resolved?</source>
        <translation>Imprimer les constats du plan tels quels, ou les comparer à une copie plus ancienne du plan (un instantané de la dernière revue) pour voir ce qui est nouveau et ce qui est résolu ?</translation>
    </message>
    <message>
        <source>Findings Only</source>
        <translation>Constats seuls</translation>
    </message>
    <message>
        <source>Compare with an Older Copy…</source>
        <translation>Comparer à une copie plus ancienne…</translation>
    </message>
    <message>
        <source>Export the Findings Review as PDF</source>
        <translation>Exporter la revue des constats en PDF</translation>
    </message>
    <message>
        <source>-findings</source>
        <translation>-constats</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Scenario Brief</source>
        <translation>Fiche de crise</translation>
    </message>
    <message>
        <source>Tick what fails first: the brief is about a scenario.</source>
        <translation>Cochez d’abord ce qui tombe en panne : la fiche porte sur un scénario.</translation>
    </message>
    <message>
        <source>Export the Scenario Brief as PDF</source>
        <translation>Exporter la fiche de crise en PDF</translation>
    </message>
    <message>
        <source>-brief</source>
        <translation>-fiche-de-crise</translation>
    </message>
    <message>
        <source>Business impact analysis</source>
        <translation>Analyse d’impact sur l’activité</translation>
    </message>
    <message>
        <source>BIA Report</source>
        <translation>Rapport BIA</translation>
    </message>
    <message>
        <source>Add a process first: the report is about processes.</source>
        <translation>Ajoutez d’abord un processus : le rapport porte sur les processus.</translation>
    </message>
    <message>
        <source>Export the BIA Report as PDF</source>
        <translation>Exporter le rapport BIA en PDF</translation>
    </message>
    <message>
        <source>-bia</source>
        <translation>-bia</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>Plan de continuité d’activité</translation>
    </message>
    <message>
        <source>Export the Business Continuity Plan</source>
        <translation>Exporter le plan de continuité d’activité</translation>
    </message>
    <message>
        <source>-bcp</source>
        <translation>-pca</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument Text, to extend in LibreOffice or Word (*.odt)</source>
        <translation>PDF (*.pdf);;Texte OpenDocument, à compléter dans LibreOffice ou Word (*.odt)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
</context>
<context>
    <name>Continuity::AtomicFile</name>
    <message>
        <source>%1 could not be written: the disk is full. The file there before, if any, is unchanged.</source>
        <translation>%1 n’a pas pu être écrit : le disque est plein. Le fichier déjà présent, s’il y en a un, est inchangé.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk quota is used up. The file there before, if any, is unchanged.</source>
        <translation>%1 n’a pas pu être écrit : le quota disque est épuisé. Le fichier déjà présent, s’il y en a un, est inchangé.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is read-only.</source>
        <translation>%1 n’a pas pu être écrit : le disque est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 could not be written: permission denied.</source>
        <translation>%1 n’a pas pu être écrit : permission refusée.</translation>
    </message>
    <message>
        <source>%1 could not be written: the folder does not exist.</source>
        <translation>%1 n’a pas pu être écrit : le dossier n’existe pas.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. The file there before, if any, is unchanged.</source>
        <translation>%1 n’a pas pu être écrit : %2. Le fichier déjà présent, s’il y en a un, est inchangé.</translation>
    </message>
</context>
<context>
    <name>Continuity::Audit</name>
    <message>
        <source>The plan&apos;s audit trail could not be read or written: %1</source>
        <translation>La piste d’audit du plan n’a pas pu être lue ou écrite : %1</translation>
    </message>
    <message>
        <source>Record %1 is missing: record %2 follows record %3.</source>
        <translation>L’enregistrement %1 manque : l’enregistrement %2 suit l’enregistrement %3.</translation>
    </message>
    <message>
        <source>Record %1 is out of order.</source>
        <translation>L’enregistrement %1 n’est pas à sa place.</translation>
    </message>
    <message>
        <source>Record 1 does not start the chain: its link is not 64 zeros.</source>
        <translation>L’enregistrement 1 ne commence pas la chaîne : son lien n’est pas 64 zéros.</translation>
    </message>
    <message>
        <source>Record %1 is not linked to record %2: its link does not equal that record&apos;s hash.</source>
        <translation>L’enregistrement %1 n’est pas lié à l’enregistrement %2 : son lien diffère de l’empreinte de celui-ci.</translation>
    </message>
    <message>
        <source>Record %1 was changed: its hash does not match its content.</source>
        <translation>L’enregistrement %1 a été modifié : son empreinte ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>from %1 (SHA-256 %2…)</source>
        <translation>depuis %1 (SHA-256 %2…)</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>Every change to this plan, oldest at the bottom: who made it, when, and the fields before and after. Each record carries the hash of the one before it, so a record changed or removed afterwards is found.</source>
        <translation>Chaque modification de ce plan, la plus ancienne en bas : qui l’a faite, quand, et les champs avant et après. Chaque enregistrement porte l’empreinte du précédent, de sorte qu’un enregistrement modifié ou supprimé après coup est détecté.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Object (kind or id)</source>
        <translation>Objet (type ou identifiant)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The records shown, as CSV for a spreadsheet or an auditor</source>
        <translation>Les enregistrements affichés, en CSV pour un tableur ou un auditeur</translation>
    </message>
    <message>
        <source>Select a record to see its fields before and after.</source>
        <translation>Sélectionnez un enregistrement pour voir ses champs avant et après.</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Lecture de la piste d’audit…</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Aucune modification enregistrée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Chain verified: %n record(s), head %1</source>
        <translation>
            <numerusform>✓ Chaîne vérifiée : %n enregistrement, tête %1</numerusform>
            <numerusform>✓ Chaîne vérifiée : %n enregistrements, tête %1</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ Chain broken at record %1: %2</source>
        <translation>✗ Chaîne rompue à l’enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records</source>
        <translation>Les %1 plus récents sur %2 enregistrements</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 · %2 · %3
%4 %5
</source>
        <translation>Enregistrement %1 · %2 · %3
%4 %5
</translation>
    </message>
    <message>
        <source>
Link: %1
Hash: %2</source>
        <translation>
Lien : %1
Empreinte : %2</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Exporter la piste d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1</numerusform>
            <numerusform>%n enregistrements écrits dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
</context>
<context>
    <name>Continuity::AvailabilityView</name>
    <message>
        <source>Tier 0/1 and every node with an SLO: availability from MTBF and MTTR (entered, or measured from the last year&apos;s incidents), composed through the dependency graph so that a provider shared by two paths counts once.</source>
        <translation>Niveaux 0/1 et chaque nœud doté d’un SLO : disponibilité tirée du MTBF et du MTTR (saisis, ou mesurés sur les incidents de l’année écoulée), composée à travers le graphe de dépendances de sorte qu’un fournisseur partagé par deux chemins ne compte qu’une fois.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Own</source>
        <translation>Propre</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composée</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Down a year</source>
        <translation>Arrêt par an</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>The node&apos;s own availability, MTBF / (MTBF + MTTR)</source>
        <translation>La disponibilité propre du nœud, MTBF / (MTBF + MTTR)</translation>
    </message>
    <message>
        <source>The chance it is not down, with everything it needs failing independently</source>
        <translation>La probabilité qu’il ne soit pas à l’arrêt, tout ce dont il a besoin tombant en panne indépendamment</translation>
    </message>
    <message>
        <source>Fails with</source>
        <translation>Tombe avec</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>No double point of failure: no two nodes, neither a single point of failure, take %1 down together.</source>
        <translation>Aucun double point de défaillance : aucune paire de nœuds, ni l’un ni l’autre point de défaillance unique, n’arrête %1 ensemble.</translation>
    </message>
    <message numerus="yes">
        <source>Double points of failure of %1: %n pair(s) of nodes, neither a single point of failure, whose joint failure takes it down (redundancy that shares fate).</source>
        <translation>
            <numerusform>Doubles points de défaillance de %1 : %n paire de nœuds, ni l’un ni l’autre point de défaillance unique, dont la panne conjointe l’arrête (une redondance au sort partagé).</numerusform>
            <numerusform>Doubles points de défaillance de %1 : %n paires de nœuds, ni l’un ni l’autre point de défaillance unique, dont la panne conjointe l’arrête (une redondance au sort partagé).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the figures shown are the earlier ones.</source>
        <translation>Annulé ; les chiffres affichés sont les précédents.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Pas encore calculé.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The plan has changed since these figures were computed: Compute again to bring them up to date.</source>
        <translation>Le plan a changé depuis le calcul de ces chiffres : calculez à nouveau pour les mettre à jour.</translation>
    </message>
    <message>
        <source>95 % interval %1 to %2 %</source>
        <translation>intervalle à 95 % : de %1 à %2 %</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
    <message>
        <source>Monte Carlo</source>
        <translation>Monte-Carlo</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 % — cannot be met</source>
        <translation>%1 % — inatteignable</translation>
    </message>
    <message>
        <source>%1 % — can be met</source>
        <translation>%1 % — atteignable</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s); expected annual loss of the processes among them: %1. %2</source>
        <translation>
            <numerusform>%n nœud ; perte annuelle attendue des processus parmi eux : %1. %2</numerusform>
            <numerusform>%n nœuds ; perte annuelle attendue des processus parmi eux : %1. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SLO(s) cannot be met by this design.</source>
        <translation>
            <numerusform>%n SLO est inatteignable avec cette architecture.</numerusform>
            <numerusform>%n SLO sont inatteignables avec cette architecture.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every SLO shown can be met by this design.</source>
        <translation>Chaque SLO affiché est atteignable avec cette architecture.</translation>
    </message>
    <message>
        <source>Select a node to see its double points of failure.</source>
        <translation>Choisissez un nœud pour voir ses doubles points de défaillance.</translation>
    </message>
    <message>
        <source>Looking for double points of failure…</source>
        <translation>Recherche des doubles points de défaillance…</translation>
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
        <translation>Enregistrer la &amp;revue…</translation>
    </message>
    <message>
        <source>Record that the process owner has reviewed and confirmed these ratings</source>
        <translation>Enregistrer que le responsable du processus a revu et confirmé ces évaluations</translation>
    </message>
    <message>
        <source>Select a process to rate its business impact.</source>
        <translation>Choisissez un processus pour évaluer son impact métier.</translation>
    </message>
    <message>
        <source>%1 falls from %2 at %3 to %4 at %5</source>
        <translation>%1 baisse de %2 à %3 à %4 à %5</translation>
    </message>
    <message>
        <source>Check: %1. Impact usually grows the longer an outage lasts.</source>
        <translation>À vérifier : %1. L’impact croît d’ordinaire avec la durée d’une interruption.</translation>
    </message>
    <message>
        <source>Business impact of &quot;%1&quot;: type 0 (none) to 4 (severe) in each cell</source>
        <translation>Impact métier de « %1 » : saisissez de 0 (aucun) à 4 (grave) dans chaque cellule</translation>
    </message>
    <message>
        <source>Suggested MTD: %1, because %2 impact is rated severe at %1.</source>
        <translation>MTD suggérée : %1, car l’impact %2 est jugé grave à %1.</translation>
    </message>
    <message>
        <source>Suggested MTD: none yet; no category is rated severe (4) at any horizon.</source>
        <translation>MTD suggérée : aucune pour l’instant ; aucune catégorie n’est jugée grave (4) à un horizon.</translation>
    </message>
    <message>
        <source>Agreed MTD: %1.</source>
        <translation>MTD convenue : %1.</translation>
    </message>
    <message>
        <source>Tier %1, assigned by hand: %2</source>
        <translation>Niveau %1, attribué à la main : %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Tier %1, because its MTD of %2 is at most %3, the limit for tier %1.</source>
        <translation>Niveau %1, car sa MTD de %2 est d’au plus %3, la limite du niveau %1.</translation>
    </message>
    <message>
        <source>Tier %1, because it loses %2 per hour, at least the %3 of tier %1.</source>
        <translation>Niveau %1, car il perd %2 par heure, au moins les %3 du niveau %1.</translation>
    </message>
    <message>
        <source>Tier %1: neither its MTD nor its loss per hour qualifies it for a more critical tier.</source>
        <translation>Niveau %1 : ni sa MTD ni sa perte par heure ne le qualifient pour un niveau plus critique.</translation>
    </message>
    <message>
        <source>Review: nothing rated yet.</source>
        <translation>Revue : rien n’est encore évalué.</translation>
    </message>
    <message>
        <source>Review: not reviewed yet. Once the owner confirms the ratings, record the review.</source>
        <translation>Revue : pas encore revue. Dès que le responsable confirme les évaluations, enregistrez la revue.</translation>
    </message>
    <message>
        <source>Review: reviewed by %1 on %2, but a rating has changed since. Review it again.</source>
        <translation>Revue : revue par %1 le %2, mais une évaluation a changé depuis. Revoyez-la.</translation>
    </message>
    <message>
        <source>Review: reviewed by %1 on %2; overdue since %3.</source>
        <translation>Revue : revue par %1 le %2 ; en retard depuis le %3.</translation>
    </message>
    <message>
        <source>Review: reviewed by %1 on %2; due again by %3.</source>
        <translation>Revue : revue par %1 le %2 ; à refaire d’ici le %3.</translation>
    </message>
    <message>
        <source>Record BIA Review</source>
        <translation>Enregistrer la revue de la BIA</translation>
    </message>
    <message>
        <source>Who confirmed the ratings of &quot;%1&quot;, and when?</source>
        <translation>Qui a confirmé les évaluations de « %1 », et quand ?</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Revue &amp;par :</translation>
    </message>
    <message>
        <source>Reviewed &amp;on:</source>
        <translation>Revue &amp;le :</translation>
    </message>
    <message>
        <source>Record Review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>Impact over time</source>
        <translation>Impact dans le temps</translation>
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
        <translation>non défini</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>attribué à la main</translation>
    </message>
    <message>
        <source>assigned by hand: %1</source>
        <translation>attribué à la main : %1</translation>
    </message>
    <message>
        <source>tier policy: an MTD of at most %1</source>
        <translation>politique de niveaux : une MTD d’au plus %1</translation>
    </message>
    <message>
        <source>tier policy: by its MTD</source>
        <translation>politique de niveaux : selon sa MTD</translation>
    </message>
    <message>
        <source>tier policy: a loss of at least %1 per hour</source>
        <translation>politique de niveaux : une perte d’au moins %1 par heure</translation>
    </message>
    <message>
        <source>tier policy: by its loss per hour</source>
        <translation>politique de niveaux : selon sa perte par heure</translation>
    </message>
    <message>
        <source>no rule of the tier policy applies: the least critical tier</source>
        <translation>aucune règle de la politique de niveaux ne s’applique : le niveau le moins critique</translation>
    </message>
    <message>
        <source>No impact has been rated yet.</source>
        <translation>Aucun impact n’est encore évalué.</translation>
    </message>
    <message>
        <source>Rated, never reviewed.</source>
        <translation>Évaluée, jamais revue.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2; a rating has changed since: review again.</source>
        <translation>Revue par %1 le %2 ; une évaluation a changé depuis : à revoir.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2; the review was due on %3.</source>
        <translation>Revue par %1 le %2 ; la revue était due le %3.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2; next review due by %3.</source>
        <translation>Revue par %1 le %2 ; prochaine revue d’ici le %3.</translation>
    </message>
    <message>
        <source>no owner named</source>
        <translation>aucun responsable nommé</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>tier %1, less critical than the process (%2)</source>
        <translation>niveau %1, moins critique que le processus (%2)</translation>
    </message>
    <message>
        <source>RTO longer than the process&apos;s</source>
        <translation>RTO plus long que celui du processus</translation>
    </message>
    <message>
        <source>RPO longer than the process&apos;s</source>
        <translation>RPO plus long que celui du processus</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: MISSED — %n service(s) beyond their RTO</source>
        <translation>
            <numerusform>%1 : MANQUÉ — %n service au-delà de son RTO</numerusform>
            <numerusform>%1 : MANQUÉ — %n services au-delà de leur RTO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n within</source>
        <translation>
            <numerusform>, %n dans les temps</numerusform>
            <numerusform>, %n dans les temps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: PASSED — %n service(s) within their RTO</source>
        <translation>
            <numerusform>%1 : RÉUSSI — %n service dans son RTO</numerusform>
            <numerusform>%1 : RÉUSSI — %n services dans leur RTO</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: not measured (%n service(s) in scope without a measured RTO)</source>
        <translation>
            <numerusform>%1 : non mesuré (%n service du périmètre sans RTO mesuré)</numerusform>
            <numerusform>%1 : non mesuré (%n services du périmètre sans RTO mesuré)</numerusform>
        </translation>
    </message>
    <message>
        <source>Business impact analysis</source>
        <translation>Analyse d’impact sur l’activité</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1: %n process(es). BIAs are reviewed every %2 months.</source>
        <translation>
            <numerusform>Au %1 : %n processus. Les BIA sont revues tous les %2 mois.</numerusform>
            <numerusform>Au %1 : %n processus. Les BIA sont revues tous les %2 mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Processes by tier and MTD</source>
        <translation>Processus par niveau et MTD</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
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
        <translation>Perte par heure</translation>
    </message>
    <message>
        <source>BIA</source>
        <translation>BIA</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (suggérée)</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>Répartition par niveau</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>tier %1: %2</source>
        <translation>niveau %1 : %2</translation>
    </message>
    <message>
        <source>BIAs that need attention</source>
        <translation>BIA à reprendre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Every BIA in this report is reviewed and within its review period.</source>
        <translation>Chaque BIA de ce rapport est revue et dans sa période de revue.</translation>
    </message>
    <message>
        <source>Inconsistencies</source>
        <translation>Incohérences</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an RTO of %2, longer than its MTD of %3.</source>
        <translation>« %1 » a un RTO de %2, plus long que sa MTD de %3.</translation>
    </message>
    <message>
        <source>None: every service these processes need is at least as critical as they are, and recovers and keeps data within their targets.</source>
        <translation>Aucune : chaque service nécessaire à ces processus est au moins aussi critique qu’eux, et revient et conserve ses données dans leurs objectifs.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; continuity-cli check lists them all.</source>
        <translation>
            <numerusform>… et %n de plus ; continuity-cli check les liste toutes.</numerusform>
            <numerusform>… et %n de plus ; continuity-cli check les liste toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, entered</source>
        <translation>%1, saisie</translation>
    </message>
    <message>
        <source>%1, suggested from the BIA (the first horizon rated 4, severe); not entered</source>
        <translation>%1, suggérée par la BIA (le premier horizon évalué 4, grave) ; non saisie</translation>
    </message>
    <message>
        <source>not set, and the BIA suggests none (no rating of 4)</source>
        <translation>non définie, et la BIA n’en suggère aucune (aucune évaluation à 4)</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Regulatory</source>
        <translation>Réglementaire</translation>
    </message>
    <message>
        <source>no regulatory tag on the services it needs</source>
        <translation>aucune étiquette réglementaire sur les services nécessaires</translation>
    </message>
    <message>
        <source>BIA review</source>
        <translation>Revue de la BIA</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Dernier exercice</translation>
    </message>
    <message>
        <source>none yet has covered it or a service it needs</source>
        <translation>aucun n’a encore couvert ce processus ou un service nécessaire</translation>
    </message>
    <message>
        <source>Impact over time</source>
        <translation>Impact dans le temps</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Ratings: 0 none, 1 minor, 2 moderate, 3 major, 4 severe.</source>
        <translation>Évaluations : 0 aucun, 1 mineur, 2 modéré, 3 majeur, 4 grave.</translation>
    </message>
    <message>
        <source>Services it needs</source>
        <translation>Services nécessaires</translation>
    </message>
    <message>
        <source>No service is recorded as needed by this process.</source>
        <translation>Aucun service n’est enregistré comme nécessaire à ce processus.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>directement</translation>
    </message>
    <message>
        <source>through %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source> (redundant)</source>
        <translation> (redondant)</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>INVERSION: %1</source>
        <translation>INVERSION : %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more service(s) it needs through these.</source>
        <translation>
            <numerusform>… et %n autre service nécessaire à travers ceux-ci.</numerusform>
            <numerusform>… et %n autres services nécessaires à travers ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <source>None: no single service&apos;s loss alone takes this process down.</source>
        <translation>Aucun : la perte d’aucun service seul n’arrête ce processus.</translation>
    </message>
    <message>
        <source>Losing any one of these alone takes the process down: %1.</source>
        <translation>La perte d’un seul de ceux-ci arrête le processus : %1.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Et %n de plus.</numerusform>
            <numerusform>Et %n de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-off by the process owner</source>
        <translation>Validation par le responsable du processus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>Continuity::BiaReview</name>
    <message>
        <source>No BIA</source>
        <translation>Pas de BIA</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revue</translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>Modifiée depuis la revue</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Revue en retard</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revue</translation>
    </message>
</context>
<context>
    <name>Continuity::BiaTableModel</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeur</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Type 0 (none) to 4 (severe)</source>
        <translation>Saisir de 0 (aucun) à 4 (grave)</translation>
    </message>
    <message>
        <source>A rating must be a number from 0 (none) to 4 (severe).</source>
        <translation>Une évaluation doit être un nombre de 0 (aucun) à 4 (grave).</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
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
        <translation>« %1 » n’est pas une note : saisissez 0 (aucun), 1 (mineur), 2 (modéré), 3 (majeur) ou 4 (grave).</translation>
    </message>
</context>
<context>
    <name>Continuity::CabReport</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>peer review</source>
        <translation>relecture</translation>
    </message>
    <message>
        <source>backout</source>
        <translation>retour arrière</translation>
    </message>
    <message>
        <source>CAB approval</source>
        <translation>approbation du CAB</translation>
    </message>
    <message>
        <source>not standard</source>
        <translation>pas standard</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>Change advisory board</source>
        <translation>Comité consultatif des changements</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Changements du %1 au %2</translation>
    </message>
    <message>
        <source>Plan: %1. Times in %2. Risk, blocking and conflicts as Continuity assesses them from the dependency graph, the freezes and the history of earlier changes on the same systems.</source>
        <translation>Plan : %1. Heures en %2. Risque, blocages et conflits tels que Continuity les évalue à partir du graphe des dépendances, des gels et de l’historique des changements antérieurs sur les mêmes systèmes.</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>No change waits for a decision in this period.</source>
        <translation>Aucun changement n’attend de décision dans cette période.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Class and state</source>
        <translation>Classe et état</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>one at a time</source>
        <translation>une à la fois</translation>
    </message>
    <message>
        <source>all at once</source>
        <translation>toutes à la fois</translation>
    </message>
    <message>
        <source>Implementer</source>
        <translation>Réalisateur</translation>
    </message>
    <message>
        <source>Peer reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Risk %1: impact %2 of 4, probability %3 (%4 earlier changes on its targets in the year before, %5 failed).</source>
        <translation>Risque %1 : impact %2 sur 4, probabilité %3 (%4 changements antérieurs sur ses cibles l’année précédente, %5 en échec).</translation>
    </message>
    <message>
        <source>Raised: a target is a single point of failure of a tier 0 or 1 process or service.</source>
        <translation>Relevé : une cible est un point de défaillance unique d’un processus ou service de niveau 0 ou 1.</translation>
    </message>
    <message>
        <source>Raised: a node it takes down has less than a quarter of its error budget left.</source>
        <translation>Relevé : un nœud qu’il arrête a moins d’un quart de son budget d’erreur restant.</translation>
    </message>
    <message>
        <source>Blocked by the freeze %1: only an emergency change may go ahead.</source>
        <translation>Bloqué par le gel %1 : seul un changement d’urgence peut avoir lieu.</translation>
    </message>
    <message>
        <source>In the freeze %1 as an emergency change.</source>
        <translation>Pendant le gel %1 comme changement d’urgence.</translation>
    </message>
    <message>
        <source>Loss exposure %1; worst outage with backout %2; headroom to the tightest RTO %3.</source>
        <translation>Exposition aux pertes %1 ; pire interruption avec retour arrière %2 ; marge sur le RTO le plus serré %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Rayon d’impact</translation>
    </message>
    <message>
        <source>%1 nodes down and %2 degraded, from the targets on the left to what depends on them on the right.</source>
        <translation>%1 nœuds arrêtés et %2 dégradés, des cibles à gauche à ce qui en dépend à droite.</translation>
    </message>
    <message>
        <source>Nothing: the change&apos;s targets are not in the plan&apos;s graph.</source>
        <translation>Rien : les cibles du changement ne sont pas dans le graphe du plan.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Perte par heure</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>down</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>Processes hit</source>
        <translation>Processus touchés</translation>
    </message>
    <message>
        <source>No business process is down or degraded.</source>
        <translation>Aucun processus métier n’est arrêté ou dégradé.</translation>
    </message>
    <message>
        <source>Conflicts and missing controls</source>
        <translation>Conflits et contrôles manquants</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manque : %1</translation>
    </message>
    <message>
        <source>No conflicts; no controls missing.</source>
        <translation>Aucun conflit ; aucun contrôle ne manque.</translation>
    </message>
    <message>
        <source>Backout</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Runbook %1 (critical path %2), last exercised %3.</source>
        <translation>Runbook %1 (chemin critique %2), dernier exercice %3.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No backout runbook or plan.</source>
        <translation>Ni runbook ni plan de retour arrière.</translation>
    </message>
    <message>
        <source>Already scheduled in the period</source>
        <translation>Déjà planifiés dans la période</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>Continuity::CascadeTableModel</name>
    <message>
        <source>Process or service</source>
        <translation>Processus ou service</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Perte par heure</translation>
    </message>
    <message>
        <source>Why: the path back to what failed</source>
        <translation>Pourquoi : le chemin jusqu’à ce qui est tombé</translation>
    </message>
    <message>
        <source>down (failed)</source>
        <translation>en panne (défaillant)</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
</context>
<context>
    <name>Continuity::Catalogue</name>
    <message>
        <source>The requirements catalogue is not a catalogue of Continuity&apos;s.</source>
        <translation>Le catalogue d’exigences n’est pas un catalogue de Continuity.</translation>
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
        <translation>4 semaines à partir du %1</translation>
    </message>
    <message>
        <source>Reschedule change %1</source>
        <translation>Replanifier le changement %1</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Gel : %1</translation>
    </message>
    <message>
        <source>Supplier: %1</source>
        <translation>Fournisseur : %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Exercice : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s)</source>
        <translation>
            <numerusform>%n fenêtre de maintenance</numerusform>
            <numerusform>%n fenêtres de maintenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>blocked by a freeze</source>
        <translation>bloqué par un gel</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing planned in these four weeks.</source>
        <translation>Rien de prévu dans ces quatre semaines.</translation>
    </message>
    <message>
        <source>emergency change inside a freeze</source>
        <translation>changement d’urgence pendant un gel</translation>
    </message>
</context>
<context>
    <name>Continuity::ChangeRisk</name>
    <message>
        <source>Error budget of %1</source>
        <translation>Budget d’erreur de %1</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>a peer reviewer (the blast radius holds a tier 0 or 1 node)</source>
        <translation>un relecteur (le rayon d’impact contient un nœud de niveau 0 ou 1)</translation>
    </message>
    <message>
        <source>a backout runbook or plan (the blast radius holds a tier 0 or 1 node)</source>
        <translation>un runbook ou un plan de retour arrière (le rayon d’impact contient un nœud de niveau 0 ou 1)</translation>
    </message>
    <message>
        <source>the approval of the change advisory board (the risk is high)</source>
        <translation>l’approbation du comité des changements (le risque est élevé)</translation>
    </message>
    <message>
        <source>a normal change: a standard change may not have impact 1 or 2</source>
        <translation>un changement normal : un changement standard ne peut pas avoir l’impact 1 ou 2</translation>
    </message>
    <message>
        <source>more lead time: a normal change is raised at least the plan&apos;s minimum lead days before its start</source>
        <translation>plus de délai : un changement normal est déposé au moins le délai minimal du plan avant son début</translation>
    </message>
    <message>
        <source>Overlapping change</source>
        <translation>Changement simultané</translation>
    </message>
    <message>
        <source>Supplier maintenance</source>
        <translation>Maintenance du fournisseur</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Outside the agreed maintenance window</source>
        <translation>Hors de la fenêtre de maintenance convenue</translation>
    </message>
    <message>
        <source>A change in state %1 cannot move to %2.</source>
        <translation>Un changement à l’état %1 ne peut pas passer à %2.</translation>
    </message>
    <message>
        <source>It needs a planned start and end.</source>
        <translation>Il lui faut un début et une fin prévus.</translation>
    </message>
    <message>
        <source>It needs at least one target.</source>
        <translation>Il lui faut au moins une cible.</translation>
    </message>
    <message>
        <source>It needs %1.</source>
        <translation>Il lui faut %1.</translation>
    </message>
    <message>
        <source>A freeze window blocks it: %1. Only an emergency change may go ahead in a freeze.</source>
        <translation>Une période de gel la bloque : %1. Seul un changement d’urgence peut avoir lieu pendant un gel.</translation>
    </message>
    <message>
        <source>It needs an outcome before it is closed.</source>
        <translation>Il lui faut un résultat avant d’être clos.</translation>
    </message>
    <message>
        <source>Change %1 is closed without an outcome: record whether it succeeded or was rolled back, so that the next change&apos;s risk reads its history.</source>
        <translation>Le changement %1 est clos sans résultat : indiquez s’il a réussi ou a été annulé, pour que le risque du changement suivant tienne compte de son historique.</translation>
    </message>
    <message>
        <source>Change %1 is scheduled inside the freeze %2. Move it out of the freeze, or raise it as an emergency change.</source>
        <translation>Le changement %1 est planifié pendant le gel %2. Sortez-le du gel, ou déposez-le comme changement d’urgence.</translation>
    </message>
    <message>
        <source>Change %1 conflicts with %2.</source>
        <translation>Le changement %1 entre en conflit avec %2.</translation>
    </message>
    <message>
        <source>Change %1 lacks %2.</source>
        <translation>Il manque au changement %1 : %2.</translation>
    </message>
    <message>
        <source>Change %1 works on a tier 0 or 1 node and backs out with the runbook %2, which no exercise has run yet.</source>
        <translation>Le changement %1 touche un nœud de niveau 0 ou 1 et revient en arrière avec le runbook %2, qu’aucun exercice n’a encore joué.</translation>
    </message>
    <message>
        <source>Emergency change %1 went ahead inside the freeze %2.</source>
        <translation>Le changement d’urgence %1 a eu lieu pendant le gel %2.</translation>
    </message>
    <message>
        <source>Record the exception&apos;s approval in its CAB review.</source>
        <translation>Consignez l’approbation de l’exception dans sa revue CAB.</translation>
    </message>
    <message>
        <source>Record the exception&apos;s approval by the %1 in its CAB review.</source>
        <translation>Consignez l’approbation de l’exception par le rôle %1 dans sa revue CAB.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a name in quotation marks</comment>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>Continuity::ChangeWindowsDialog</name>
    <message>
        <source>Freezes and Maintenance Windows</source>
        <translation>Gels et fenêtres de maintenance</translation>
    </message>
    <message>
        <source>Times are in each window&apos;s time zone. Repeats is an RFC 5545 rule such as FREQ=YEARLY or FREQ=WEEKLY;BYDAY=SU; leave it empty for once. Scope: all, maxTier (with the tier), nodes or sites (with their ids, separated by commas).</source>
        <translation>Les heures sont dans le fuseau de chaque fenêtre. La répétition est une règle RFC 5545 comme FREQ=YEARLY ou FREQ=WEEKLY;BYDAY=SU ; vide pour une seule fois. Portée : all, maxTier (avec le niveau), nodes ou sites (avec leurs identifiants, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Tier or ids</source>
        <translation>Niveau ou identifiants</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Add Freeze</source>
        <translation>Ajouter un gel</translation>
    </message>
    <message>
        <source>Freezes</source>
        <translation>Gels</translation>
    </message>
    <message>
        <source>Add Maintenance Window</source>
        <translation>Ajouter une fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Fenêtres de maintenance</translation>
    </message>
    <message>
        <source>Write a start and an end as YYYY-MM-DD HH:MM in the time zone %1.</source>
        <translation>Écrivez un début et une fin sous la forme AAAA-MM-JJ HH:MM dans le fuseau %1.</translation>
    </message>
    <message>
        <source>Scope must be one of: %1.</source>
        <translation>La portée doit être l’une de : %1.</translation>
    </message>
    <message>
        <source>Edit the freeze window &quot;%1&quot;</source>
        <translation>Modifier la période de gel « %1 »</translation>
    </message>
    <message>
        <source>Kind must be one of: %1.</source>
        <translation>Le type doit être l’un de : %1.</translation>
    </message>
    <message>
        <source>Write the start as YYYY-MM-DD HH:MM in the time zone %1 and the hours as a number.</source>
        <translation>Écrivez le début sous la forme AAAA-MM-JJ HH:MM dans le fuseau %1 et les heures en nombre.</translation>
    </message>
    <message>
        <source>Edit the maintenance window &quot;%1&quot;</source>
        <translation>Modifier la fenêtre de maintenance « %1 »</translation>
    </message>
    <message>
        <source>New freeze</source>
        <translation>Nouveau gel</translation>
    </message>
    <message>
        <source>A maintenance window belongs to a service; the plan has none yet.</source>
        <translation>Une fenêtre de maintenance appartient à un service ; le plan n’en a pas encore.</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Nouvelle fenêtre de maintenance</translation>
    </message>
</context>
<context>
    <name>Continuity::ChangesPage</name>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>New Change</source>
        <translation>Nouveau changement</translation>
    </message>
    <message>
        <source>Delete Change</source>
        <translation>Supprimer le changement</translation>
    </message>
    <message>
        <source>A plain-language summary of the change for the business: which processes may be affected, when, and the fallback</source>
        <translation>Un résumé du changement en langage clair pour les métiers : quels processus peuvent être touchés, quand, et le repli</translation>
    </message>
    <message>
        <source>The stakeholder notice is on the clipboard.</source>
        <translation>L’avis aux parties prenantes est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risque :</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>C&amp;lasse :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>90 prochains jours</translation>
    </message>
    <message>
        <source>Past 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifié</translation>
    </message>
    <message>
        <source>Filter by id, title or target</source>
        <translation>Filtrer par identifiant, titre ou cible</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Blocked by a freeze, conflicts, missing controls</source>
        <translation>Bloqué par un gel, conflits, contrôles manquants</translation>
    </message>
    <message>
        <source>No change selected. New Change records one.</source>
        <translation>Aucun changement sélectionné. « Nouveau changement » en enregistre un.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id. :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Edit the change&apos;s title</source>
        <translation>Modifier le titre du changement</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe :</translation>
    </message>
    <message>
        <source>Change the change&apos;s class</source>
        <translation>Changer la classe du changement</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <source>Change the change&apos;s mode</source>
        <translation>Changer le mode du changement</translation>
    </message>
    <message>
        <source>Outage: all targets down for the window</source>
        <translation>Interruption : toutes les cibles arrêtées pendant la fenêtre</translation>
    </message>
    <message>
        <source>Rolling: one target at a time</source>
        <translation>Progressif : une cible à la fois</translation>
    </message>
    <message>
        <source>Planned &amp;start:</source>
        <translation>&amp;Début prévu :</translation>
    </message>
    <message>
        <source>Change the planned start</source>
        <translation>Changer le début prévu</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>&amp;Fin prévue :</translation>
    </message>
    <message>
        <source>Change the planned end</source>
        <translation>Changer la fin prévue</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a target to the change</source>
        <translation>Ajouter une cible au changement</translation>
    </message>
    <message>
        <source>Remove a target from the change</source>
        <translation>Retirer une cible du changement</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Cibles :</translation>
    </message>
    <message>
        <source>&amp;Implementer:</source>
        <translation>&amp;Réalisateur :</translation>
    </message>
    <message>
        <source>Change the implementer</source>
        <translation>Changer le réalisateur</translation>
    </message>
    <message>
        <source>&amp;Peer reviewer:</source>
        <translation>Re&amp;lecteur :</translation>
    </message>
    <message>
        <source>Change the peer reviewer</source>
        <translation>Changer le relecteur</translation>
    </message>
    <message>
        <source>&amp;Backout runbook:</source>
        <translation>Runbook de &amp;retour arrière :</translation>
    </message>
    <message>
        <source>Change the backout runbook</source>
        <translation>Changer le runbook de retour arrière</translation>
    </message>
    <message>
        <source>Backout &amp;plan:</source>
        <translation>&amp;Plan de retour arrière :</translation>
    </message>
    <message>
        <source>Edit the backout plan</source>
        <translation>Modifier le plan de retour arrière</translation>
    </message>
    <message>
        <source>CAB &amp;decision:</source>
        <translation>&amp;Décision du CAB :</translation>
    </message>
    <message>
        <source>Change the CAB decision</source>
        <translation>Changer la décision du CAB</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>CAB date:</source>
        <translation>Date du CAB :</translation>
    </message>
    <message>
        <source>Change the CAB date</source>
        <translation>Changer la date du CAB</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>Change the outcome</source>
        <translation>Changer le résultat</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>E&amp;xternal ref.:</source>
        <translation>Réf. e&amp;xterne :</translation>
    </message>
    <message>
        <source>Edit the change&apos;s external reference</source>
        <translation>Modifier la référence externe du changement</translation>
    </message>
    <message>
        <source>the ticket elsewhere</source>
        <translation>le ticket ailleurs</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>Edit the change&apos;s description</source>
        <translation>Modifier la description du changement</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Processes hit</source>
        <translation>Processus touchés</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Loss/h</source>
        <translation>Perte/h</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Rayon d’impact</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (rôle)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Being assessed</source>
        <translation>En cours d’évaluation</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>Blocked by a freeze</source>
        <translation>Bloqué par un gel</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <comment>controls</comment>
        <translation>
            <numerusform>%n manquant</numerusform>
            <numerusform>%n manquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing controls: %1</source>
        <translation>Contrôles manquants : %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Being assessed…</source>
        <translation>En cours d’évaluation…</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message numerus="yes">
        <source>Impact %1 of 4, probability %2: %n closed change(s) on its targets in the year before, %3 failed.</source>
        <translation>
            <numerusform>Impact %1 sur 4, probabilité %2 : %n changement clos sur ses cibles l’année précédente, %3 en échec.</numerusform>
            <numerusform>Impact %1 sur 4, probabilité %2 : %n changements clos sur ses cibles l’année précédente, %3 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raised a level: a target is a single point of failure of a tier 0 or 1 process or service.</source>
        <translation>Relevé d’un cran : une cible est un point de défaillance unique d’un processus ou service de niveau 0 ou 1.</translation>
    </message>
    <message>
        <source>Raised a level: a node it takes down has less than a quarter of its error budget left.</source>
        <translation>Relevé d’un cran : un nœud qu’il arrête a moins d’un quart de son budget d’erreur restant.</translation>
    </message>
    <message>
        <source>Blocked: the window falls in the freeze %1. Only an emergency change may go ahead.</source>
        <translation>Bloqué : la fenêtre tombe dans le gel %1. Seul un changement d’urgence peut avoir lieu.</translation>
    </message>
    <message>
        <source>In the freeze %1, allowed as an emergency change.</source>
        <translation>Pendant le gel %1, admis comme changement d’urgence.</translation>
    </message>
    <message>
        <source>Not scheduled yet: freezes and conflicts are checked once it has a planned start and end.</source>
        <translation>Pas encore planifié : gels et conflits sont vérifiés dès qu’il a un début et une fin prévus.</translation>
    </message>
    <message>
        <source>No freeze blocks it.</source>
        <translation>Aucun gel ne le bloque.</translation>
    </message>
    <message>
        <source>Worst tier: %1. Loss exposure: %2. Worst outage with backout: %3. Headroom to the tightest RTO: %4.</source>
        <translation>Niveau le plus critique : %1. Exposition aux pertes : %2. Pire interruption avec retour arrière : %3. Marge sur le RTO le plus serré : %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <source>no RTO</source>
        <translation>pas de RTO</translation>
    </message>
    <message>
        <source>No controls missing.</source>
        <translation>Aucun contrôle ne manque.</translation>
    </message>
    <message>
        <source>Missing controls:</source>
        <translation>Contrôles manquants :</translation>
    </message>
    <message>
        <source>down</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>planned start</source>
        <translation>début prévu</translation>
    </message>
    <message>
        <source>planned end</source>
        <translation>fin prévue</translation>
    </message>
    <message>
        <source>%1: write a date and time as YYYY-MM-DD HH:MM.</source>
        <translation>%1 : écrivez la date et l’heure sous la forme AAAA-MM-JJ HH:MM.</translation>
    </message>
    <message>
        <source>Change Not Moved</source>
        <translation>Changement non déplacé</translation>
    </message>
    <message>
        <source>%1 cannot move to %2:</source>
        <translation>%1 ne peut pas passer à %2 :</translation>
    </message>
    <message>
        <source>Move change %1 to %2</source>
        <translation>Passer le changement %1 à %2</translation>
    </message>
    <message>
        <source>Scheduled as an emergency change; add the missing controls afterwards (check lists them until then).</source>
        <translation>Planifié comme changement d’urgence ; ajoutez ensuite les contrôles manquants (la vérification les liste d’ici là).</translation>
    </message>
    <message>
        <source>at a time not fixed yet</source>
        <translation>à une date pas encore fixée</translation>
    </message>
    <message>
        <source>from %1 to %2 (%3)</source>
        <translation>du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Planned change: %1</source>
        <translation>Changement prévu : %1</translation>
    </message>
    <message>
        <source>When: %1.</source>
        <translation>Quand : %1.</translation>
    </message>
    <message>
        <source>Business processes affected: none expected.</source>
        <translation>Processus métier touchés : aucun attendu.</translation>
    </message>
    <message>
        <source>May be unavailable: %1.</source>
        <translation>Peut être indisponible : %1.</translation>
    </message>
    <message>
        <source>May be slower or limited: %1.</source>
        <translation>Peut être plus lent ou limité : %1.</translation>
    </message>
    <message>
        <source>the rehearsed backout procedure &quot;%1&quot;</source>
        <translation>la procédure de retour arrière répétée « %1 »</translation>
    </message>
    <message>
        <source>If it goes wrong: %1.</source>
        <translation>En cas d’échec : %1.</translation>
    </message>
    <message>
        <source>the team restores the previous state</source>
        <translation>l’équipe rétablit l’état précédent</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Référence : %1.</translation>
    </message>
    <message>
        <source>New change</source>
        <translation>Nouveau changement</translation>
    </message>
    <message>
        <source>Delete change %1, &quot;%2&quot;? Undo brings it back.</source>
        <translation>Supprimer le changement %1, « %2 » ? Annuler le rétablit.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Change advisory board</source>
        <translation>Comité consultatif des changements</translation>
    </message>
    <message>
        <source>cab-pack</source>
        <translation>dossier-cab</translation>
    </message>
    <message>
        <source>Export the CAB Pack as PDF</source>
        <translation>Exporter le dossier du CAB en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Freezes &amp;&amp; Maintenance Windows…</source>
        <translation>Gels &amp;&amp; fenêtres de maintenance…</translation>
    </message>
    <message>
        <source>The freeze windows that block changes and the windows in which changes may happen or suppliers are down</source>
        <translation>Les périodes de gel qui bloquent les changements et les fenêtres où les changements peuvent avoir lieu ou où les fournisseurs sont indisponibles</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
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
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annulé par retour arrière</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Caused incidents</source>
        <translation>Incidents causés</translation>
    </message>
    <message>
        <source>Median days from raising a change to its planned start</source>
        <translation>Médiane des jours entre le dépôt d’un changement et son début prévu</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Changes per month by class, and the share that succeeded</source>
        <translation>Changements par mois selon leur classe, et la part réussie</translation>
    </message>
    <message>
        <source>Stakeholder Notice…</source>
        <translation>Avis aux parties prenantes…</translation>
    </message>
    <message>
        <source>The blast radius: the targets on the left, what depends on them on the right; down in red, degraded in amber.</source>
        <translation>Le rayon d’impact : les cibles à gauche, ce qui en dépend à droite ; en panne en rouge, dégradé en ambre.</translation>
    </message>
    <message>
        <source>Stakeholder Notice for %1</source>
        <translation>Avis aux parties prenantes pour %1</translation>
    </message>
    <message>
        <source>For the people outside IT the change may affect: copy it into mail or chat, or print it.</source>
        <translation>Pour les personnes hors de l’informatique que le changement peut toucher : à copier dans un courriel ou une discussion, ou à imprimer.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Stakeholder notice</source>
        <translation>Avis aux parties prenantes</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>Export the Stakeholder Notice as PDF</source>
        <translation>Exporter l’avis aux parties prenantes en PDF</translation>
    </message>
    <message>
        <source>Changes in their risk&apos;s colour; blue bands: freezes; green: agreed maintenance; purple: supplier maintenance; teal: exercises; red dashes: changes that collide; ⚠: in a freeze. Drag a change to move it.</source>
        <translation>Changements dans la couleur de leur risque ; bandes bleues : gels ; vert : maintenance convenue ; violet : maintenance des fournisseurs ; bleu canard : exercices ; tirets rouges : changements qui se chevauchent ; ⚠ : pendant un gel. Faites glisser un changement pour le déplacer.</translation>
    </message>
</context>
<context>
    <name>Continuity::CmdbImport</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’import a été annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1:%2: the CI list has no &quot;%3&quot; column (it needs sys_id, name and sys_class_name)</source>
        <translation>%1:%2 : la liste des CI n’a pas de colonne « %3 » (il faut sys_id, name et sys_class_name)</translation>
    </message>
    <message>
        <source>%1:%2: the relationship list needs the columns parent, type and child (or parent.sys_id and child.sys_id)</source>
        <translation>%1:%2 : la liste des relations doit avoir les colonnes parent, type et child (ou parent.sys_id et child.sys_id)</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2</source>
        <translation>a %1 champs alors que l’en-tête en a %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 GiB; split the export</source>
        <translation>%1 : le fichier dépasse %2 Gio ; divisez l’export</translation>
    </message>
    <message>
        <source>sys_id and name must not be empty</source>
        <translation>sys_id et name ne doivent pas être vides</translation>
    </message>
    <message>
        <source>sys_id %1 is listed twice (first on line %2)</source>
        <translation>le sys_id %1 figure deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <source>busines_criticality &quot;%1&quot; is not one of &quot;1 - most critical&quot; .. &quot;4 - not critical&quot;</source>
        <translation>busines_criticality « %1 » n’est pas une des valeurs « 1 - most critical » .. « 4 - not critical »</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is the name of %3 CIs; give its sys_id</source>
        <translation>%1 « %2 » est le nom de %3 CI ; indiquez son sys_id</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in the CI list</source>
        <translation>%1 « %2 » n’est pas dans la liste des CI</translation>
    </message>
    <message>
        <source>%1 %2 is not in the CI list</source>
        <translation>%1 %2 n’est pas dans la liste des CI</translation>
    </message>
    <message>
        <source>refers to a CI whose row could not be imported</source>
        <translation>renvoie à un CI dont la ligne n’a pas pu être importée</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <source>(with a CI left out)</source>
        <translation>(avec un CI écarté)</translation>
    </message>
    <message>
        <source>a CI cannot depend on itself (%1)</source>
        <translation>un CI ne peut pas dépendre de lui-même (%1)</translation>
    </message>
    <message>
        <source>The import would make a plan that breaks its rules (%1); nothing was changed.</source>
        <translation>L’import produirait un plan qui enfreint ses règles (%1) ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Continuity::CmdbImportWizard</name>
    <message>
        <source>parent depends on child (hard)</source>
        <translation>le parent dépend de l’enfant (forte)</translation>
    </message>
    <message>
        <source>child depends on parent (hard)</source>
        <translation>l’enfant dépend du parent (forte)</translation>
    </message>
    <message>
        <source>parent needs 1 of its children (group)</source>
        <translation>le parent a besoin d’un de ses enfants (groupe)</translation>
    </message>
    <message>
        <source>child depends on parent (soft)</source>
        <translation>l’enfant dépend du parent (faible)</translation>
    </message>
    <message>
        <source>ignore</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>écarter</translation>
    </message>
    <message>
        <source>Import from a CMDB</source>
        <translation>Importer depuis une CMDB</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The exports</source>
        <translation>Les exports</translation>
    </message>
    <message>
        <source>A ServiceNow CI list and its relationship list (cmdb_rel_ci), as CSV. A newer export of the same CMDB updates what an earlier import added, matched by sys_id.</source>
        <translation>Une liste de CI ServiceNow et sa liste de relations (cmdb_rel_ci), en CSV. Un export plus récent de la même CMDB met à jour ce qu’un import précédent a ajouté, retrouvé par sys_id.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;CI list:</source>
        <translation>Liste des &amp;CI :</translation>
    </message>
    <message>
        <source>CI List Export</source>
        <translation>Export de la liste des CI</translation>
    </message>
    <message>
        <source>&amp;Relationships:</source>
        <translation>&amp;Relations :</translation>
    </message>
    <message>
        <source>Relationship Export</source>
        <translation>Export des relations</translation>
    </message>
    <message>
        <source>Columns: sys_id, name, sys_class_name and optionally busines_criticality, location, owned_by, support_group, operational_status; relationships: parent, type, child (or parent.sys_id, child.sys_id).</source>
        <translation>Colonnes : sys_id, name, sys_class_name et en option busines_criticality, location, owned_by, support_group, operational_status ; relations : parent, type, child (ou parent.sys_id, child.sys_id).</translation>
    </message>
    <message>
        <source>The mapping</source>
        <translation>La correspondance</translation>
    </message>
    <message>
        <source>How CIs and relationships become services and dependencies. Saved in the plan with the import, so that next month&apos;s import maps the same.</source>
        <translation>Comment les CI et les relations deviennent des services et des dépendances. Enregistrée dans le plan avec l’import, pour que l’import du mois prochain fasse de même.</translation>
    </message>
    <message>
        <source>Class (* matches any text)</source>
        <translation>Classe (* correspond à tout texte)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Relationship type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>The first matching rule gives a CI its kind; &quot;leave out&quot; does not import the class. A class no rule matches becomes an application.</source>
        <translation>La première règle qui correspond donne son type à un CI ; « écarter » n’importe pas la classe. Une classe sans règle devient une application.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Types not listed are ignored and counted. Several relationships between the same two CIs make one dependency.</source>
        <translation>Les types non listés sont ignorés et comptés. Plusieurs relations entre les deux mêmes CI donnent une seule dépendance.</translation>
    </message>
    <message>
        <source>busines_criticality values and the tier each gives (0 most critical).</source>
        <translation>Valeurs de busines_criticality et le niveau que chacune donne (0 le plus critique).</translation>
    </message>
    <message>
        <source>Load Mapping File…</source>
        <translation>Charger un fichier de correspondance…</translation>
    </message>
    <message>
        <source>Save Mapping File…</source>
        <translation>Enregistrer le fichier de correspondance…</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Ce que fera l’import</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Leave the bad rows out and import the rest</source>
        <translation>Écarter les lignes erronées et importer le reste</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Lignes erronées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file that can be read.</source>
        <translation>« %1 » n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Criticality row %1: the tier must be 0, 1, 2 or 3.</source>
        <translation>Criticité, ligne %1 : le niveau doit être 0, 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>Load Mapping File</source>
        <translation>Charger un fichier de correspondance</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fichiers de correspondance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Save Mapping File</source>
        <translation>Enregistrer le fichier de correspondance</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>Fichiers de correspondance (*.json)</translation>
    </message>
    <message>
        <source>Reading and mapping the exports…</source>
        <translation>Lecture et correspondance des exports…</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Ready to import. Import writes it all as one step that Undo takes back.</source>
        <translation>Prêt à importer. Importer écrit tout en une étape qu’Annuler défait.</translation>
    </message>
    <message>
        <source>Bad rows: %1. Fix them in the exports and go Back, or leave them out below.</source>
        <translation>Lignes erronées : %1. Corrigez-les dans les exports et revenez en arrière, ou écartez-les ci-dessous.</translation>
    </message>
    <message>
        <source>Services: %1 added, %2 changed, %3 removed, %4 unchanged.</source>
        <translation>Services : %1 ajoutés, %2 modifiés, %3 supprimés, %4 inchangés.</translation>
    </message>
    <message>
        <source>Dependencies: %1 added, %2 removed.</source>
        <translation>Dépendances : %1 ajoutées, %2 supprimées.</translation>
    </message>
    <message>
        <source>CIs left out by their class: %1.</source>
        <translation>CI écartés par leur classe : %1.</translation>
    </message>
    <message>
        <source>Relationships ignored: %1 × %2.</source>
        <translation>Relations ignorées : %1 × %2.</translation>
    </message>
    <message>
        <source>The first %1 of %2 changed services are listed.</source>
        <translation>Les %1 premiers des %2 services modifiés sont listés.</translation>
    </message>
    <message>
        <source>Writing the plan…</source>
        <translation>Écriture du plan…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
    <message>
        <source>Import from CMDB (%1 added, %2 changed, %3 removed)</source>
        <translation>Import depuis la CMDB (%1 ajoutés, %2 modifiés, %3 supprimés)</translation>
    </message>
    <message>
        <source>The plan is busy; try again.</source>
        <translation>Le plan est en cours d’écriture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Imported: %1 services added, %2 changed, %3 removed.</source>
        <translation>Importé : %1 services ajoutés, %2 modifiés, %3 supprimés.</translation>
    </message>
</context>
<context>
    <name>Continuity::CmdbMapping</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>format: must be &quot;continuity-cmdb-mapping&quot;</source>
        <translation>format : doit être « continuity-cmdb-mapping »</translation>
    </message>
    <message>
        <source>version: this Continuity reads mapping version 1</source>
        <translation>version : ce Continuity lit la version 1 des correspondances</translation>
    </message>
    <message>
        <source>classes: must be an array</source>
        <translation>classes : doit être un tableau</translation>
    </message>
    <message>
        <source>%1: needs &quot;class&quot; and &quot;kind&quot;</source>
        <translation>%1 : il faut « class » et « kind »</translation>
    </message>
    <message>
        <source>%1.kind: must be a service kind (%2) or null</source>
        <translation>%1.kind : doit être un type de service (%2) ou null</translation>
    </message>
    <message>
        <source>defaultKind: must be a service kind (%1)</source>
        <translation>defaultKind : doit être un type de service (%1)</translation>
    </message>
    <message>
        <source>relationships.%1: must be one of parent-depends-on-child, child-depends-on-parent, parent-needs-one-of-children, child-soft-depends-on-parent, ignore</source>
        <translation>relationships.%1 : doit être parent-depends-on-child, child-depends-on-parent, parent-needs-one-of-children, child-soft-depends-on-parent ou ignore</translation>
    </message>
    <message>
        <source>criticality.%1: must be a tier from 0 to 3</source>
        <translation>criticality.%1 : doit être un niveau de 0 à 3</translation>
    </message>
    <message>
        <source>%1: is not a known field</source>
        <translation>%1 : n’est pas un champ connu</translation>
    </message>
</context>
<context>
    <name>Continuity::CommitmentDialog</name>
    <message>
        <source>Add Commitment</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <source>Edit Commitment %1</source>
        <translation>Modifier l’engagement %1</translation>
    </message>
    <message>
        <source>Who was promised it</source>
        <translation>À qui il a été promis</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>What a missed hour costs under the commitment</source>
        <translation>Ce que coûte une heure manquée selon l’engagement</translation>
    </message>
    <message>
        <source>The contract or SLA document</source>
        <translation>Le contrat ou le document de SLA</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Process or service:</source>
        <translation>&amp;Processus ou service :</translation>
    </message>
    <message>
        <source>&amp;Availability:</source>
        <translation>&amp;Disponibilité :</translation>
    </message>
    <message>
        <source>&amp;RTO:</source>
        <translation>&amp;RTO :</translation>
    </message>
    <message>
        <source>Penalty per hour:</source>
        <translation>Pénalité par heure :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Edit commitment &quot;%1&quot;</source>
        <translation>Modifier l’engagement « %1 »</translation>
    </message>
</context>
<context>
    <name>Continuity::CommitmentsPanel</name>
    <message>
        <source>Add Commitment…</source>
        <translation>Ajouter un engagement…</translation>
    </message>
    <message>
        <source>What a customer was promised about a process or a service</source>
        <translation>Ce qui a été promis à un client sur un processus ou un service</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected commitment</source>
        <translation>Modifier l’engagement sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected commitment</source>
        <translation>Supprimer l’engagement sélectionné</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Processus ou service</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Penalty per hour</source>
        <translation>Pénalité par heure</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kept by the plan&apos;s SLO and RTO</source>
        <translation>Tenu par le SLO et le RTO du plan</translation>
    </message>
    <message>
        <source>Delete Commitment</source>
        <translation>Supprimer l’engagement</translation>
    </message>
    <message>
        <source>Delete the commitment %1?</source>
        <translation>Supprimer l’engagement %1 ?</translation>
    </message>
    <message>
        <source>the SLO is weaker</source>
        <translation>le SLO est plus faible</translation>
    </message>
    <message>
        <source>the RTO is longer</source>
        <translation>le RTO est plus long</translation>
    </message>
    <message>
        <source>no SLO keeps it</source>
        <translation>aucun SLO ne le tient</translation>
    </message>
</context>
<context>
    <name>Continuity::CompliancePage</name>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (accepté)</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>The day the controls are evaluated for</source>
        <translation>Le jour pour lequel les contrôles sont évalués</translation>
    </message>
    <message>
        <source>Status on:</source>
        <translation>État au :</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Add Control…</source>
        <translation>Ajouter un contrôle…</translation>
    </message>
    <message>
        <source>A control, the requirements it answers and how it is evidenced</source>
        <translation>Un contrôle, les exigences auxquelles il répond et comment il est prouvé</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected control</source>
        <translation>Modifier le contrôle sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected control</source>
        <translation>Supprimer le contrôle sélectionné</translation>
    </message>
    <message>
        <source>Attach Evidence…</source>
        <translation>Joindre une preuve…</translation>
    </message>
    <message>
        <source>A file that evidences the selected control; its SHA-256 is kept</source>
        <translation>Un fichier qui prouve le contrôle sélectionné ; son SHA-256 est conservé</translation>
    </message>
    <message>
        <source>Accept Risk…</source>
        <translation>Accepter le risque…</translation>
    </message>
    <message>
        <source>Accept the selected failing control for a while (an exception)</source>
        <translation>Accepter pour un temps le contrôle défaillant sélectionné (une exception)</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revu par</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revu le</translation>
    </message>
    <message>
        <source>Accounts reviewed</source>
        <translation>Comptes revus</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record Access Review…</source>
        <translation>Enregistrer une revue des accès…</translation>
    </message>
    <message>
        <source>Who reviewed the accounts of a service, when, and what was removed</source>
        <translation>Qui a revu les comptes d’un service, quand, et ce qui a été supprimé</translation>
    </message>
    <message>
        <source>Delete the selected access review</source>
        <translation>Supprimer la revue des accès sélectionnée</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Compensating control</source>
        <translation>Contrôle compensatoire</translation>
    </message>
    <message>
        <source>Accept a Finding…</source>
        <translation>Accepter un constat…</translation>
    </message>
    <message>
        <source>Accept an error or warning of the plan&apos;s check for a while</source>
        <translation>Accepter pour un temps une erreur ou un avertissement de la vérification du plan</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Withdraw the selected exception: its finding counts again</source>
        <translation>Retirer l’exception sélectionnée : son constat compte de nouveau</translation>
    </message>
    <message>
        <source>Access Reviews</source>
        <translation>Revues des accès</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Delete Access Review</source>
        <translation>Supprimer la revue des accès</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Joindre une preuve</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 attached to %2 (SHA-256 %3…)</source>
        <translation>%1 joint à %2 (SHA-256 %3…)</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>No control</source>
        <translation>Aucun contrôle</translation>
    </message>
    <message>
        <source>%1 of %2 controls effective, %3 failing; %4 of %5 requirements answered by a control</source>
        <translation>%1 contrôles efficaces sur %2, %3 défaillants ; %4 exigences sur %5 couvertes par un contrôle</translation>
    </message>
    <message>
        <source>Select a control to see what proves or fails it.</source>
        <translation>Sélectionnez un contrôle pour voir ce qui le prouve ou le met en défaut.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 to %4)</source>
        <translation>%1 — %2 (du %3 au %4)</translation>
    </message>
    <message>
        <source>Accepted by exception %1.</source>
        <translation>Accepté par l’exception %1.</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Échoue</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Contrôle %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Delete Control</source>
        <translation>Supprimer le contrôle</translation>
    </message>
    <message>
        <source>Delete the control %1? Its evidence files and exceptions stay as records.</source>
        <translation>Supprimer le contrôle %1 ? Ses fichiers de preuve et ses exceptions restent enregistrés.</translation>
    </message>
    <message>
        <source>Attach Evidence to %1</source>
        <translation>Joindre une preuve à %1</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Tout fichier (*)</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of %1…</source>
        <translation>Calcul du SHA-256 de %1…</translation>
    </message>
    <message>
        <source>Accept a Finding</source>
        <translation>Accepter un constat</translation>
    </message>
    <message>
        <source>The plan&apos;s check has no error or warning left to accept.</source>
        <translation>La vérification du plan n’a plus d’erreur ni d’avertissement à accepter.</translation>
    </message>
    <message>
        <source>The finding to accept:</source>
        <translation>Le constat à accepter :</translation>
    </message>
    <message>
        <source>Withdraw Exception</source>
        <translation>Retirer l’exception</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>État des contrôles</translation>
    </message>
    <message>
        <source>control-status</source>
        <translation>etat-des-controles</translation>
    </message>
    <message>
        <source>Export the Control Status as PDF</source>
        <translation>Exporter l’état des contrôles en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Executive Report…</source>
        <translation>Rapport de direction…</translation>
    </message>
    <message>
        <source>Availability and resilience for the board, the twelve months up to the date shown, as PDF</source>
        <translation>Disponibilité et résilience pour la direction, les douze mois jusqu’à la date affichée, en PDF</translation>
    </message>
    <message>
        <source>executive-report</source>
        <translation>rapport-direction</translation>
    </message>
    <message>
        <source>Export the Executive Report as PDF</source>
        <translation>Exporter le rapport de direction en PDF</translation>
    </message>
    <message>
        <source>Availability and resilience</source>
        <translation>Disponibilité et résilience</translation>
    </message>
    <message>
        <source>Evidence Pack…</source>
        <translation>Dossier de preuves…</translation>
    </message>
    <message>
        <source>The auditor&apos;s evidence pack for the twelve months up to the date shown: reports, extracts and attached evidence with a manifest of SHA-256s, as ZIP</source>
        <translation>Le dossier de preuves pour l’auditeur, sur les douze mois jusqu’à la date affichée : rapports, extraits et preuves jointes avec un manifeste des SHA-256, en ZIP</translation>
    </message>
    <message>
        <source>Not in the pack: %1</source>
        <translation>Absent du dossier : %1</translation>
    </message>
    <message>
        <source>Evidence Pack</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <source>evidence-pack</source>
        <translation>dossier-de-preuves</translation>
    </message>
    <message>
        <source>Write the Evidence Pack</source>
        <translation>Écrire le dossier de preuves</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>Écriture du dossier de preuves…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wrote the evidence pack (%1 files) to %2</source>
        <translation>Dossier de preuves (%1 fichiers) écrit dans %2</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
</context>
<context>
    <name>Continuity::ContactNames</name>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a person or role of the plan yet. Add them, so that their phones and rota can be kept, or keep the name as text?</source>
        <translation>« %1 » n’est pas encore une personne ni un rôle du plan. L’ajouter, pour tenir à jour ses téléphones et son planning d’astreinte, ou garder le nom comme texte ?</translation>
    </message>
    <message>
        <source>Add as a Person</source>
        <translation>Ajouter comme personne</translation>
    </message>
    <message>
        <source>Add as a Role</source>
        <translation>Ajouter comme rôle</translation>
    </message>
    <message>
        <source>Keep as Text</source>
        <translation>Garder comme texte</translation>
    </message>
</context>
<context>
    <name>Continuity::ContactSheet</name>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>no phone in the plan</source>
        <translation>aucun téléphone dans le plan</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Fiche de contacts</translation>
    </message>
    <message>
        <source>Printed %1 — check who is on call if later</source>
        <translation>Imprimé le %1 — vérifiez l’astreinte si plus tard</translation>
    </message>
    <message>
        <source>Everyone the plan names, by what they own</source>
        <translation>Toutes les personnes du plan, selon leurs responsabilités</translation>
    </message>
    <message numerus="yes">
        <source>If %1 is lost: %n process(es) and service(s) down</source>
        <translation>
            <numerusform>En cas de perte de %1 : %n processus ou service arrêté</numerusform>
            <numerusform>En cas de perte de %1 : %n processus et services arrêtés</numerusform>
        </translation>
    </message>
    <message>
        <source>Who to call, in this order</source>
        <translation>Qui appeler, dans cet ordre</translation>
    </message>
    <message>
        <source>No person or role of the plan owns or recovers what is affected.</source>
        <translation>Aucune personne ni aucun rôle du plan n’est responsable de ce qui est touché ni ne le rétablit.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Role or person</source>
        <translation>Rôle ou personne</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>d’astreinte</translation>
    </message>
    <message>
        <source>%1 min: %2</source>
        <translation>%1 min : %2</translation>
    </message>
    <message>
        <source>Escalate: </source>
        <translation>Escalader : </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Call trees</source>
        <translation>Arbres d’appel</translation>
    </message>
    <message>
        <source>%1 (everyone within %2 min)</source>
        <translation>%1 (tout le monde en %2 min)</translation>
    </message>
    <message>
        <source>Reached after</source>
        <translation>Joint après</translation>
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
        <translation>Qui</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>External contacts</source>
        <translation>Contacts externes</translation>
    </message>
</context>
<context>
    <name>Continuity::ContinuityPlan</name>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>tier %1 · %2</source>
        <translation>niveau %1 · %2</translation>
    </message>
    <message>
        <source>Dependency map, rows %1 to %2 of %3: %4</source>
        <translation>Carte des dépendances, lignes %1 à %2 sur %3 : %4</translation>
    </message>
    <message>
        <source>↓ continues</source>
        <translation>↓ suite</translation>
    </message>
    <message>
        <source>--scope must be site:ID or process:ID[,ID...] (not &quot;%1&quot;)</source>
        <translation>--scope must be site:ID or process:ID[,ID...] (not &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>there is no site with the id &quot;%1&quot;</source>
        <translation>il n’y a pas de site d’identifiant « %1 »</translation>
    </message>
    <message>
        <source>there is no process with the id &quot;%1&quot;</source>
        <translation>il n’y a pas de processus d’identifiant « %1 »</translation>
    </message>
    <message>
        <source>--scope site: takes one site</source>
        <translation>--scope site: takes one site</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>Plan de continuité d’activité</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message numerus="yes">
        <source>Everything a loss of %1 takes down: %n process(es).</source>
        <translation>
            <numerusform>Tout ce que la perte de %1 arrête : %n processus.</numerusform>
            <numerusform>Tout ce que la perte de %1 arrête : %n processus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole plan: %n process(es) and the services they need.</source>
        <translation>
            <numerusform>Le plan entier : %n processus et les services nécessaires.</numerusform>
            <numerusform>Le plan entier : %n processus et les services nécessaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>These processes and the services they need: %1.</source>
        <translation>Ces processus et les services nécessaires : %1.</translation>
    </message>
    <message>
        <source>Document control</source>
        <translation>Maîtrise du document</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>Approved by, on</source>
        <translation>Approuvé par, le</translation>
    </message>
    <message>
        <source>Next review by</source>
        <translation>Prochaine revue d’ici le</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Purpose and scope</source>
        <translation>Objet et périmètre</translation>
    </message>
    <message>
        <source>This plan says how the organisation keeps the processes below running, or brings them back within their targets, when they are disrupted: who decides, who is called, what is recovered in which order and with which runbook. It is printed from the continuity plan &quot;%1&quot;; the plan file is the reference, this document a copy of it on the date printed.</source>
        <translation>Ce plan dit comment l’organisation maintient les processus ci-dessous, ou les rétablit dans leurs objectifs, lorsqu’ils sont perturbés : qui décide, qui est appelé, ce qui est rétabli dans quel ordre et avec quelle procédure. Il est imprimé depuis le plan de continuité « %1 » ; le fichier du plan fait foi, ce document en est une copie à la date d’impression.</translation>
    </message>
    <message>
        <source>Activation criteria</source>
        <translation>Critères de déclenchement</translation>
    </message>
    <message>
        <source>Declare an incident under this plan when a disruption of a process below is expected to last longer than half its maximum tolerable downtime (MTD), or when a site, supplier or service it needs is lost with no estimate of return.</source>
        <translation>Déclenchez un incident au titre de ce plan lorsqu’une perturbation d’un processus ci-dessous devrait durer plus de la moitié de sa durée maximale d’interruption admissible (MTD), ou lorsqu’un site, un fournisseur ou un service nécessaire est perdu sans date de retour.</translation>
    </message>
    <message>
        <source>Who may declare: the plan names no call tree yet; name the roles that may declare here.</source>
        <translation>Qui peut déclencher : le plan ne nomme encore aucun arbre d’appel ; nommez ici les rôles qui peuvent déclencher.</translation>
    </message>
    <message>
        <source>Who may declare: %1 (the first callers of the plan&apos;s call trees).</source>
        <translation>Qui peut déclencher : %1 (les premiers appelants des arbres d’appel du plan).</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>Declare when expected to exceed</source>
        <translation>Déclencher si la durée prévue dépasse</translation>
    </message>
    <message>
        <source>no MTD: at once</source>
        <translation>pas de MTD : immédiatement</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rôles et responsabilités</translation>
    </message>
    <message>
        <source>The plan names no roles yet.</source>
        <translation>Le plan ne nomme encore aucun rôle.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Members (primary first)</source>
        <translation>Membres (titulaire d’abord)</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Suppléants</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Call trees</source>
        <translation>Arbres d’appel</translation>
    </message>
    <message>
        <source>The plan has no call tree yet.</source>
        <translation>Le plan n’a encore aucun arbre d’appel.</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Arbre d’appel</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Calls, in order</source>
        <translation>Appelle, dans l’ordre</translation>
    </message>
    <message>
        <source>%1 (else %2)</source>
        <translation>%1 (sinon %2)</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <source>No role has an escalation policy yet.</source>
        <translation>Aucun rôle n’a encore de politique d’escalade.</translation>
    </message>
    <message>
        <source>External contacts</source>
        <translation>Contacts externes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No supplier or regulator contact is recorded.</source>
        <translation>Aucun contact fournisseur ou régulateur n’est enregistré.</translation>
    </message>
    <message>
        <source>Processes and their targets</source>
        <translation>Processus et leurs objectifs</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
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
        <translation>Stratégies de reprise</translation>
    </message>
    <message>
        <source>How each service the processes need is built to survive a loss: where it runs, how its data is copied, and what stands in for it.</source>
        <translation>Comment chaque service nécessaire est conçu pour survivre à une perte : où il tourne, comment ses données sont copiées, et ce qui le remplace.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Data copied</source>
        <translation>Copie des données</translation>
    </message>
    <message>
        <source>Redundancy</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>, lag %1</source>
        <translation>, retard %1</translation>
    </message>
    <message>
        <source>, every %1</source>
        <translation>, toutes les %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The processes in scope need no service.</source>
        <translation>Les processus du périmètre n’ont besoin d’aucun service.</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Carte des dépendances</translation>
    </message>
    <message>
        <source>Processes at the top, what they need below them, nearest first; an arrow points from what needs to what is needed. Soft dependencies are left out.</source>
        <translation>Les processus en haut, ce dont ils ont besoin en dessous, le plus proche d’abord ; une flèche va de ce qui a besoin vers ce qui est nécessaire. Les dépendances souples sont omises.</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <source>Recovery order</source>
        <translation>Ordre de reprise</translation>
    </message>
    <message>
        <source>No site&apos;s loss takes a process in scope down: there is no worst scenario to order the recovery for.</source>
        <translation>La perte d’aucun site n’arrête un processus du périmètre : il n’y a pas de pire scénario pour lequel ordonner la reprise.</translation>
    </message>
    <message>
        <source>The worst scenario for this scope: the loss of %1. What comes back in which wave, and when, against its RTO.</source>
        <translation>Le pire scénario pour ce périmètre : la perte de %1. Ce qui revient dans quelle vague, et quand, au regard de son RTO.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Processus ou service</translation>
    </message>
    <message>
        <source>Back after</source>
        <translation>De retour après</translation>
    </message>
    <message>
        <source>Against RTO</source>
        <translation>Par rapport au RTO</translation>
    </message>
    <message>
        <source>MISSED by %1</source>
        <translation>MANQUÉ de %1</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>No runbook for this scope has been approved yet.</source>
        <translation>Aucune procédure de ce périmètre n’est encore approuvée.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>The approved versions, each in full on the pages that follow: %1.</source>
        <translation>Les versions approuvées, chacune en entier dans les pages qui suivent : %1.</translation>
    </message>
    <message>
        <source>Runbook: %1</source>
        <translation>Procédure : %1</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Programme d’exercices</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>Last tested</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochain dû</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>No tier 0 or 1 service in scope has a test interval in the tier policy.</source>
        <translation>Aucun service de niveau 0 ou 1 du périmètre n’a d’intervalle de test dans la politique de niveaux.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
</context>
<context>
    <name>Continuity::ContractDialog</name>
    <message>
        <source>ISO 3166 country code, such as DE</source>
        <translation>Code pays ISO 3166, par exemple FR</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Add Contract</source>
        <translation>Ajouter un contrat</translation>
    </message>
    <message>
        <source>Edit Contract %1</source>
        <translation>Modifier le contrat %1</translation>
    </message>
    <message>
        <source>LEI, 20 characters</source>
        <translation>LEI, 20 caractères</translation>
    </message>
    <message>
        <source>LEI of the ultimate parent, if another</source>
        <translation>LEI de la société mère ultime, si c’en est une autre</translation>
    </message>
    <message>
        <source>An individual acting in a business capacity</source>
        <translation>Une personne physique agissant à titre professionnel</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Identification &amp;code:</source>
        <translation>&amp;Code d’identification :</translation>
    </message>
    <message>
        <source>Type of code:</source>
        <translation>Type de code :</translation>
    </message>
    <message>
        <source>Country of headquarters:</source>
        <translation>Pays du siège :</translation>
    </message>
    <message>
        <source>Ultimate parent:</source>
        <translation>Société mère ultime :</translation>
    </message>
    <message>
        <source>The contract&apos;s reference number</source>
        <translation>Le numéro de référence du contrat</translation>
    </message>
    <message>
        <source>Reference of the overarching contract</source>
        <translation>Référence du contrat-cadre</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Empty while the contract runs without an end date</source>
        <translation>Vide tant que le contrat court sans date de fin</translation>
    </message>
    <message>
        <source>Not terminated</source>
        <translation>Non résilié</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR</source>
        <translation>Code devise ISO 4217, par exemple EUR</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Arrangement:</source>
        <translation>Accord :</translation>
    </message>
    <message>
        <source>Overarching contract:</source>
        <translation>Contrat-cadre :</translation>
    </message>
    <message>
        <source>Type of ICT service:</source>
        <translation>Type de service TIC :</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Reason of termination:</source>
        <translation>Motif de résiliation :</translation>
    </message>
    <message>
        <source>Our notice period:</source>
        <translation>Notre préavis :</translation>
    </message>
    <message>
        <source>Supplier&apos;s notice period:</source>
        <translation>Préavis du fournisseur :</translation>
    </message>
    <message>
        <source>Governing law:</source>
        <translation>Droit applicable :</translation>
    </message>
    <message>
        <source>Annual cost:</source>
        <translation>Coût annuel :</translation>
    </message>
    <message>
        <source>The supplier stores our data</source>
        <translation>Le fournisseur stocke nos données</translation>
    </message>
    <message>
        <source>Country of provision:</source>
        <translation>Pays de fourniture :</translation>
    </message>
    <message>
        <source>Data at rest in:</source>
        <translation>Données stockées en :</translation>
    </message>
    <message>
        <source>Data processed in:</source>
        <translation>Données traitées en :</translation>
    </message>
    <message>
        <source>Sensitivity of the data:</source>
        <translation>Sensibilité des données :</translation>
    </message>
    <message>
        <source>Our reliance on it:</source>
        <translation>Notre dépendance :</translation>
    </message>
    <message>
        <source>As suggested by the plan</source>
        <translation>Comme suggéré par le plan</translation>
    </message>
    <message>
        <source>As suggested: %1</source>
        <translation>Comme suggéré : %1</translation>
    </message>
    <message>
        <source>The register suggests it from the plan: not substitutable when the supplier is a single point of failure of a critical function, easily when it sits in a redundancy group. Choose a value to confirm it.</source>
        <translation>Le registre la suggère à partir du plan : non substituable quand le fournisseur est un point unique de défaillance d’une fonction critique, facilement quand il fait partie d’un groupe de redondance. Choisissez une valeur pour la confirmer.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>From the functions it supports</source>
        <translation>D’après les fonctions soutenues</translation>
    </message>
    <message>
        <source>Other providers that could take over</source>
        <translation>Autres prestataires qui pourraient reprendre</translation>
    </message>
    <message>
        <source>Substitutability:</source>
        <translation>Substituabilité :</translation>
    </message>
    <message>
        <source>Reintegration:</source>
        <translation>Réintégration :</translation>
    </message>
    <message>
        <source>Impact of discontinuing:</source>
        <translation>Impact d’un arrêt :</translation>
    </message>
    <message>
        <source>Last audit of the supplier:</source>
        <translation>Dernier audit du fournisseur :</translation>
    </message>
    <message>
        <source>Alternatives:</source>
        <translation>Alternatives :</translation>
    </message>
    <message>
        <source>24x7, Mon-Fri 08-18, ...</source>
        <translation>24x7, lun.–ven. 08–18, …</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Disponibilité :</translation>
    </message>
    <message>
        <source>Support hours:</source>
        <translation>Heures de support :</translation>
    </message>
    <message>
        <source>RTO:</source>
        <translation>RTO :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Service and Data</source>
        <translation>Service et données</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Edit contract &quot;%1&quot;</source>
        <translation>Modifier le contrat « %1 »</translation>
    </message>
</context>
<context>
    <name>Continuity::ContractFindings</name>
    <message>
        <source>Commitment %1 to %2 promises %3 % availability of %4, but its SLO is %5 %. Raise the SLO to the commitment or renegotiate it.</source>
        <translation>L’engagement %1 envers %2 promet %3 % de disponibilité de %4, mais son SLO est de %5 %. Relevez le SLO au niveau de l’engagement ou renégociez-le.</translation>
    </message>
    <message>
        <source>Commitment %1 to %2 promises %3 % availability of %4, which has no SLO to keep it. Give it an SLO of at least the commitment.</source>
        <translation>L’engagement %1 envers %2 promet %3 % de disponibilité de %4, qui n’a aucun SLO pour le tenir. Donnez-lui un SLO au moins égal à l’engagement.</translation>
    </message>
    <message>
        <source>Commitment %1 to %2 promises recovery of %3 within %4 h, but its RTO is %5 h. Shorten the RTO to the commitment or renegotiate it.</source>
        <translation>L’engagement %1 envers %2 promet la reprise de %3 en %4 h, mais son RTO est de %5 h. Réduisez le RTO au niveau de l’engagement ou renégociez-le.</translation>
    </message>
    <message>
        <source>The SLO of %1 (%2 %) is infeasible with the SLA of %3 (%4 %): with each supplier at its SLA, %1 is available %5 % of the time.</source>
        <translation>Le SLO de %1 (%2 %) est irréalisable avec le SLA de %3 (%4 %) : avec chaque fournisseur à son SLA, %1 est disponible %5 % du temps.</translation>
    </message>
</context>
<context>
    <name>Continuity::ContractsPanel</name>
    <message>
        <source>Financial Entity…</source>
        <translation>Entité financière…</translation>
    </message>
    <message>
        <source>The entity the plan describes: name, LEI, country, type, authority, currency, which tiers are critical</source>
        <translation>L’entité que décrit le plan : nom, LEI, pays, type, autorité, devise, niveaux critiques</translation>
    </message>
    <message>
        <source>Export DORA Register…</source>
        <translation>Exporter le registre DORA…</translation>
    </message>
    <message>
        <source>DORA&apos;s register of information as the plain-CSV reporting package (ZIP); refused naming every problem</source>
        <translation>Le registre d’informations DORA en paquet de déclaration plain-CSV (ZIP) ; refusé en nommant chaque problème</translation>
    </message>
    <message>
        <source>Add Contract…</source>
        <translation>Ajouter un contrat…</translation>
    </message>
    <message>
        <source>A contract with a supplier: what the register reports and the SLA</source>
        <translation>Un contrat avec un fournisseur : ce que déclare le registre, et le SLA</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected contract</source>
        <translation>Modifier le contrat sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected contract</source>
        <translation>Supprimer le contrat sélectionné</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>ICT service</source>
        <translation>Service TIC</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Substitutability</source>
        <translation>Substituabilité</translation>
    </message>
    <message>
        <source>No financial entity described: DORA&apos;s register needs its name and LEI.</source>
        <translation>Aucune entité financière décrite : le registre DORA a besoin de son nom et de son LEI.</translation>
    </message>
    <message>
        <source>%1 · LEI %2 · %3 · %4</source>
        <translation>%1 · LEI %2 · %3 · %4</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>type not said</source>
        <translation>type non renseigné</translation>
    </message>
    <message>
        <source>country not said</source>
        <translation>pays non renseigné</translation>
    </message>
    <message>
        <source>suggested: %1</source>
        <translation>suggéré : %1</translation>
    </message>
    <message numerus="yes">
        <source>DORA&apos;s register as the plain-CSV reporting package (ZIP). %n problem(s) stop it now; exporting names them.</source>
        <translation>
            <numerusform>Le registre DORA en paquet plain-CSV (ZIP). %n problème l’empêche pour l’instant ; l’export le nomme.</numerusform>
            <numerusform>Le registre DORA en paquet plain-CSV (ZIP). %n problèmes l’empêchent pour l’instant ; l’export les nomme.</numerusform>
        </translation>
    </message>
    <message>
        <source>DORA&apos;s register of information as the plain-CSV reporting package (ZIP)</source>
        <translation>Le registre d’informations DORA en paquet de déclaration plain-CSV (ZIP)</translation>
    </message>
    <message>
        <source>Select a contract to see what the register derives for it.</source>
        <translation>Sélectionnez un contrat pour voir ce que le registre en déduit.</translation>
    </message>
    <message>
        <source>Supports no function (no process with a licensed activity depends on the supplier).</source>
        <translation>Ne soutient aucune fonction (aucun processus avec une activité agréée ne dépend du fournisseur).</translation>
    </message>
    <message>
        <source>Supports %1%2.</source>
        <translation>Soutient %1%2.</translation>
    </message>
    <message>
        <source>, critical or important</source>
        <translation>, critique ou importante</translation>
    </message>
    <message>
        <source>Suggested substitutability: %1 — %2%3.</source>
        <translation>Substituabilité suggérée : %1 — %2%3.</translation>
    </message>
    <message>
        <source> (a value is confirmed on the contract)</source>
        <translation> (une valeur est confirmée sur le contrat)</translation>
    </message>
    <message>
        <source>No approved exit-plan runbook for the supplier.</source>
        <translation>Aucun runbook approuvé de plan de sortie pour le fournisseur.</translation>
    </message>
    <message>
        <source>Exit plan %1, never exercised.</source>
        <translation>Plan de sortie %1, jamais exercé.</translation>
    </message>
    <message>
        <source>Exit plan %1, last exercised on %2.</source>
        <translation>Plan de sortie %1, exercé pour la dernière fois le %2.</translation>
    </message>
    <message>
        <source>Delete Contract</source>
        <translation>Supprimer le contrat</translation>
    </message>
    <message>
        <source>Delete the contract %1? It leaves the register of information.</source>
        <translation>Supprimer le contrat %1 ? Il quitte le registre d’informations.</translation>
    </message>
    <message>
        <source>register-of-information</source>
        <translation>registre-d-informations</translation>
    </message>
    <message>
        <source>Export DORA&apos;s Register of Information</source>
        <translation>Exporter le registre d’informations DORA</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Export DORA Register</source>
        <translation>Exporter le registre DORA</translation>
    </message>
    <message>
        <source>The register was not written. Fix these first:</source>
        <translation>Le registre n’a pas été écrit. Corrigez d’abord :</translation>
    </message>
    <message numerus="yes">
        <source>Register of information written to %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Registre d’informations écrit dans %1 (%n avertissement).</numerusform>
            <numerusform>Registre d’informations écrit dans %1 (%n avertissements).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::ControlDialog</name>
    <message>
        <source>Edit Control</source>
        <translation>Modifier le contrôle</translation>
    </message>
    <message>
        <source>Add Control</source>
        <translation>Ajouter un contrôle</translation>
    </message>
    <message>
        <source>Tiers 0 to</source>
        <translation>Niveaux 0 à</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>What it asks</source>
        <translation>Ce qu’elle demande</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Frequency:</source>
        <translation>Fréquence :</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve :</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
    <message>
        <source>Look back:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Severities 1 to:</source>
        <translation>Gravités 1 à :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Requirements it answers:</source>
        <translation>Exigences auxquelles il répond :</translation>
    </message>
    <message>
        <source>Edit control &quot;%1&quot;</source>
        <translation>Modifier le contrôle « %1 »</translation>
    </message>
</context>
<context>
    <name>Continuity::ControlReport</name>
    <message>
        <source>No control</source>
        <translation>Aucun contrôle</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, accepté</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>État des contrôles</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Status on %1</source>
        <translation>État au %1</translation>
    </message>
    <message>
        <source>Plan: %1. %2 controls: %3 effective, %4 ineffective, %5 with expired evidence, %6 without evidence; %7 accepted by an exception. %8 of the %9 requirements of the catalogue are answered by a control. Each control is evaluated on the plan as it stood when printed; the items below show what proves or fails it.</source>
        <translation>Plan : %1. %2 contrôles : %3 efficaces, %4 inefficaces, %5 à preuve expirée, %6 sans preuve ; %7 acceptés par une exception. %8 des %9 exigences du catalogue sont couvertes par un contrôle. Chaque contrôle est évalué sur le plan tel qu’il était à l’impression ; les éléments ci-dessous montrent ce qui le prouve ou le met en défaut.</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>The plan has no controls yet.</source>
        <translation>Le plan n’a pas encore de contrôle.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Controls in detail</source>
        <translation>Contrôles en détail</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>exception %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Tient</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>tient</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>ÉCHOUE</translation>
    </message>
    <message>
        <source>… and %1 more items (%2 of them failing); continuity-cli controls --json lists them all.</source>
        <translation>… et %1 éléments de plus (dont %2 en défaut) ; continuity-cli controls --json les liste tous.</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Risques acceptés</translation>
    </message>
    <message>
        <source>No risk has been accepted.</source>
        <translation>Aucun risque n’a été accepté.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Compensating control</source>
        <translation>Contrôle compensatoire</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Control %1</source>
        <translation>Contrôle %1</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expirée)</translation>
    </message>
    <message>
        <source>Access reviews</source>
        <translation>Revues des accès</translation>
    </message>
    <message>
        <source>No access review in the twelve months before %1.</source>
        <translation>Aucune revue des accès dans les douze mois précédant le %1.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revu par</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>niveau 0</translation>
    </message>
    <message>
        <source>tier-0 to %1</source>
        <translation>niveaux 0 à %1</translation>
    </message>
    <message>
        <source>exercised on %1 (%2)</source>
        <translation>exercé le %1 (%2)</translation>
    </message>
    <message>
        <source>no exercise with results since %1</source>
        <translation>aucun exercice avec résultats depuis le %1</translation>
    </message>
    <message>
        <source>runbook %1 approved on %2</source>
        <translation>runbook %1 approuvé le %2</translation>
    </message>
    <message>
        <source>runbook %1 last approved on %2</source>
        <translation>runbook %1 approuvé pour la dernière fois le %2</translation>
    </message>
    <message>
        <source>no approved runbook</source>
        <translation>aucun runbook approuvé</translation>
    </message>
    <message>
        <source>BIA never reviewed</source>
        <translation>BIA jamais revu</translation>
    </message>
    <message>
        <source>BIA last reviewed on %1</source>
        <translation>BIA revu pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>BIA changed since its review on %1</source>
        <translation>BIA modifié depuis sa revue du %1</translation>
    </message>
    <message>
        <source>BIA reviewed on %1</source>
        <translation>BIA revu le %1</translation>
    </message>
    <message>
        <source>BIA reviewed on %1 by %2</source>
        <translation>BIA revu le %1 par %2</translation>
    </message>
    <message>
        <source>no measured restore since %1</source>
        <translation>aucune restauration mesurée depuis le %1</translation>
    </message>
    <message>
        <source>restored within its RTO on %1 (%2)</source>
        <translation>restauré dans son RTO le %1 (%2)</translation>
    </message>
    <message>
        <source>restored on %1 (%2), but it has no RTO to meet</source>
        <translation>restauré le %1 (%2), mais sans RTO à tenir</translation>
    </message>
    <message>
        <source>restore on %1 (%2) missed its RTO</source>
        <translation>la restauration du %1 (%2) a manqué son RTO</translation>
    </message>
    <message>
        <source>a peer review</source>
        <translation>revue par un pair</translation>
    </message>
    <message>
        <source>a backout</source>
        <translation>plan de retour arrière</translation>
    </message>
    <message>
        <source>CAB approval for its %1 risk</source>
        <translation>approbation du CAB pour son risque %1</translation>
    </message>
    <message>
        <source>closed on %1 with peer review and backout%2</source>
        <translation>clôturé le %1 avec revue par un pair et retour arrière%2</translation>
    </message>
    <message>
        <source> and CAB approval</source>
        <translation> et approbation du CAB</translation>
    </message>
    <message>
        <source>closed on %1 without %2</source>
        <translation>clôturé le %1 sans %2</translation>
    </message>
    <message>
        <source>severity %1, no post-mortem</source>
        <translation>gravité %1, pas de post-mortem</translation>
    </message>
    <message>
        <source>severity %1, post-mortem not reviewed</source>
        <translation>gravité %1, post-mortem non revu</translation>
    </message>
    <message>
        <source>post-mortem reviewed on %1 by %2</source>
        <translation>post-mortem revu le %1 par %2</translation>
    </message>
    <message>
        <source>details never verified</source>
        <translation>coordonnées jamais vérifiées</translation>
    </message>
    <message>
        <source>details verified on %1</source>
        <translation>coordonnées vérifiées le %1</translation>
    </message>
    <message>
        <source>details last verified on %1</source>
        <translation>coordonnées vérifiées pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>access never reviewed</source>
        <translation>accès jamais revus</translation>
    </message>
    <message>
        <source>, %1 accounts reviewed, %2 removed</source>
        <translation>, %1 comptes revus, %2 supprimés</translation>
    </message>
    <message>
        <source>access reviewed on %1 by %2%3</source>
        <translation>accès revus le %1 par %2%3</translation>
    </message>
    <message>
        <source>access last reviewed on %1 by %2%3</source>
        <translation>accès revus pour la dernière fois le %1 par %2%3</translation>
    </message>
    <message>
        <source>due %1, closed on %2</source>
        <translation>échéance %1, clôturée le %2</translation>
    </message>
    <message>
        <source>due %1, done</source>
        <translation>échéance %1, faite</translation>
    </message>
    <message numerus="yes">
        <source>due %1, open, %n day(s) overdue</source>
        <translation>
            <numerusform>échéance %1, ouverte, %n jour de retard</numerusform>
            <numerusform>échéance %1, ouverte, %n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1, open</source>
        <translation>échéance %1, ouverte</translation>
    </message>
    <message>
        <source>attached on %1</source>
        <translation>jointe le %1</translation>
    </message>
    <message>
        <source>attached on %1, older than the control&apos;s frequency</source>
        <translation>jointe le %1, plus ancienne que la fréquence du contrôle</translation>
    </message>
    <message>
        <source>No evidence attached.</source>
        <translation>Aucune preuve jointe.</translation>
    </message>
    <message numerus="yes">
        <source>The newest evidence is older than %n month(s).</source>
        <translation>
            <numerusform>La preuve la plus récente date de plus de %n mois.</numerusform>
            <numerusform>La preuve la plus récente date de plus de %n mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evidence attached within the last %n month(s).</source>
        <translation>
            <numerusform>Preuve jointe au cours du dernier mois.</numerusform>
            <numerusform>Preuve jointe au cours des %n derniers mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efficace</translation>
    </message>
    <message>
        <source>Ineffective</source>
        <translation>Inefficace</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Sans preuve</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Preuve expirée</translation>
    </message>
    <message>
        <source>The exception %1 accepting the failing control %2 expired on %3; decide again: fix the control or renew the exception.</source>
        <translation>L’exception %1 acceptant le contrôle défaillant %2 a expiré le %3 ; décidez de nouveau : rétablir le contrôle ou renouveler l’exception.</translation>
    </message>
    <message>
        <source>The exception %1 accepting &quot;%2&quot; on %3 expired on %4; the finding counts again: fix it or renew the exception.</source>
        <translation>L’exception %1 acceptant « %2 » sur %3 a expiré le %4 ; le constat compte de nouveau : corrigez-le ou renouvelez l’exception.</translation>
    </message>
    <message>
        <source>The evidence of the control %1 (%2) is older than its frequency: attach current evidence.</source>
        <translation>La preuve du contrôle %1 (%2) est plus ancienne que sa fréquence : joignez une preuve récente.</translation>
    </message>
    <message>
        <source>tier-0/1</source>
        <translation>niveaux 0/1</translation>
    </message>
    <message>
        <source>Nothing to prove it on: %1</source>
        <translation>Rien sur quoi le prouver : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 processes and services exercised with results in the last %n month(s).</source>
        <translation>
            <numerusform>%1 processus et services de %3 sur %2 exercés avec résultats au cours du dernier mois.</numerusform>
            <numerusform>%1 processus et services de %3 sur %2 exercés avec résultats au cours des %n derniers mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 services with a runbook approved in the last %n month(s).</source>
        <translation>
            <numerusform>%1 services de %3 sur %2 ont un runbook approuvé au cours du dernier mois.</numerusform>
            <numerusform>%1 services de %3 sur %2 ont un runbook approuvé au cours des %n derniers mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 processes with their BIA reviewed in the last %n month(s).</source>
        <translation>
            <numerusform>%1 processus sur %2 ont leur BIA revu au cours du dernier mois.</numerusform>
            <numerusform>%1 processus sur %2 ont leur BIA revu au cours des %n derniers mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 data stores restored within their RTO in the last %n month(s).</source>
        <translation>
            <numerusform>%1 stockages de données de %3 sur %2 restaurés dans leur RTO au cours du dernier mois.</numerusform>
            <numerusform>%1 stockages de données de %3 sur %2 restaurés dans leur RTO au cours des %n derniers mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changes closed in the period with a %3 node in their blast radius had their controls.</source>
        <translation>%1 changements sur %2 clôturés sur la période avec un nœud de %3 dans leur rayon d’impact avaient leurs contrôles.</translation>
    </message>
    <message>
        <source>%1 of %2 incidents of severity 1 to %3 in the period have a reviewed post-mortem.</source>
        <translation>%1 incidents de gravité 1 à %3 sur %2 dans la période ont un post-mortem revu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 people owning %3 recovery steps verified their details in the last %n day(s).</source>
        <translation>
            <numerusform>%1 personnes sur %2 responsables d’étapes de reprise de %3 ont vérifié leurs coordonnées au cours du dernier jour.</numerusform>
            <numerusform>%1 personnes sur %2 responsables d’étapes de reprise de %3 ont vérifié leurs coordonnées au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 %3 services had their access reviewed in the last %n day(s).</source>
        <translation>
            <numerusform>%1 services de %3 sur %2 ont eu leurs accès revus au cours du dernier jour.</numerusform>
            <numerusform>%1 services de %3 sur %2 ont eu leurs accès revus au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 actions not overdue by more than %n day(s).</source>
        <translation>
            <numerusform>%1 actions sur %2 n’ont pas plus de %n jour de retard.</numerusform>
            <numerusform>%1 actions sur %2 n’ont pas plus de %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The control %1 (%2) does not hold. %3 Fix the items it names, or accept the risk with an exception.</source>
        <translation>Le contrôle %1 (%2) ne tient pas. %3 Corrigez les éléments cités ou acceptez le risque par une exception.</translation>
    </message>
</context>
<context>
    <name>Continuity::CsvReader</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1 : ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 GiB; split the export</source>
        <translation>%1 : le fichier dépasse %2 Gio ; divisez l’export</translation>
    </message>
    <message>
        <source>this is not UTF-8 text; export the file as UTF-8 (CSV UTF-8 in spreadsheet programs) and try again</source>
        <translation>ce n’est pas du texte UTF-8 ; exportez le fichier en UTF-8 (CSV UTF-8 dans les tableurs) et réessayez</translation>
    </message>
    <message>
        <source>the line has more than %1 fields; this does not look like a CMDB export</source>
        <translation>la ligne a plus de %1 champs ; cela ne ressemble pas à un export de CMDB</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>le champ %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>l’enregistrement dépasse %1 caractères</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>texte inattendu après un guillemet fermant (un guillemet dans un champ entre guillemets doit être doublé : &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>un champ entre guillemets ouvert ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line naming its columns</source>
        <translation>le fichier est vide ; il lui faut une ligne d’en-tête nommant ses colonnes</translation>
    </message>
</context>
<context>
    <name>Continuity::DashboardPage</name>
    <message>
        <source>This plan</source>
        <translation>Ce plan</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Tiers at a glance</source>
        <translation>Niveaux en un coup d’œil</translation>
    </message>
    <message>
        <source>Processes without a BIA</source>
        <translation>Processus sans BIA</translation>
    </message>
    <message>
        <source>Services without an owner or targets</source>
        <translation>Services sans responsable ni objectifs</translation>
    </message>
    <message>
        <source>Top findings</source>
        <translation>Principaux constats</translation>
    </message>
    <message>
        <source>%1 business processes
%2 services: %3
%4 dependencies (%5 soft), %6 redundancy groups
%7 runbooks, %8 exercises</source>
        <translation>%1 processus métier
%2 services : %3
%4 dépendances (%5 faibles), %6 groupes de redondance
%7 procédures, %8 exercices</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Every process has a BIA.</source>
        <translation>Chaque processus a une BIA.</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
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
        <translation>%1 : pas de %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Every service has an owner and targets.</source>
        <translation>Chaque service a un responsable et des objectifs.</translation>
    </message>
    <message>
        <source>Latest: %1, %2 — %3 of %4 people confirmed within the target of %5 minutes.</source>
        <translation>Dernier : %1, %2 — %3 personnes sur %4 ont confirmé dans la cible de %5 minutes.</translation>
    </message>
    <message>
        <source>Latest: %1, %2 — %3 of %4 services met their RTO.</source>
        <translation>Dernier : %1, %2 — %3 services sur %4 ont tenu leur RTO.</translation>
    </message>
    <message>
        <source>No exercise run yet.</source>
        <translation>Aucun exercice mené pour l’instant.</translation>
    </message>
    <message>
        <source>Next: %1, %2.</source>
        <translation>Prochain : %1, %2.</translation>
    </message>
    <message>
        <source>No exercise planned.</source>
        <translation>Aucun exercice prévu.</translation>
    </message>
    <message>
        <source>Overdue action: %1 (%2, due %3)</source>
        <translation>Action en retard : %1 (%2, échéance %3)</translation>
    </message>
    <message>
        <source>… and %1 more overdue actions</source>
        <translation>… et %1 autres actions en retard</translation>
    </message>
    <message>
        <source>Tests overdue: %1 of %2 tier-0/1 services (%3 never tested).</source>
        <translation>Tests en retard : %1 services de niveau 0/1 sur %2 (%3 jamais testés).</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>Aucune erreur ni aucun avertissement.</translation>
    </message>
    <message>
        <source>Tier 0/1: incidents and SLOs</source>
        <translation>Niveaux 0/1 : incidents et SLO</translation>
    </message>
    <message>
        <source>— only emergency changes until %1</source>
        <translation>— seulement des changements urgents jusqu’au %1</translation>
    </message>
    <message>
        <source>No SLO on a tier-0/1 node yet.</source>
        <translation>Aucun SLO sur un nœud de niveau 0/1 pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n healthy tier-0/1 SLO(s).</source>
        <translation>
            <numerusform>%n SLO de niveau 0/1 en bonne santé.</numerusform>
            <numerusform>%n SLO de niveau 0/1 en bonne santé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Grav. %1</translation>
    </message>
    <message>
        <source>Incidents that took tier 0/1 down, per month</source>
        <translation>Incidents ayant arrêté le niveau 0/1, par mois</translation>
    </message>
    <message>
        <source>%1: error budget used up</source>
        <translation>%1 : budget d’erreur épuisé</translation>
    </message>
    <message>
        <source>%1: error budget low (%2 % left)</source>
        <translation>%1 : budget d’erreur faible (%2 % restant)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more SLO(s) in trouble (Incidents &amp; SLOs &gt; SLOs).</source>
        <translation>
            <numerusform>… et %n autre SLO en difficulté (Incidents et SLO &gt; SLO).</numerusform>
            <numerusform>… et %n autres SLO en difficulté (Incidents et SLO &gt; SLO).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::Dora</name>
    <message>
        <source>%1 clients affected, more than 100,000.</source>
        <translation>%1 clients touchés, plus de 100 000.</translation>
    </message>
    <message>
        <source>%1 clients affected.</source>
        <translation>%1 clients touchés.</translation>
    </message>
    <message>
        <source>No count of clients affected recorded.</source>
        <translation>Aucun nombre de clients touchés n’a été enregistré.</translation>
    </message>
    <message>
        <source>To assess: more than 10 % of the service&apos;s clients, more than 30 % of its financial counterparts, transactions above 10 % of the daily average in number or value, or clients identified as relevant.</source>
        <translation>À évaluer : plus de 10 % des clients du service, plus de 30 % de ses contreparties financières, des transactions au-delà de 10 % de la moyenne quotidienne en nombre ou en valeur, ou des clients identifiés comme pertinents.</translation>
    </message>
    <message>
        <source>To assess: media attention, repeated complaints, regulatory requirements missed, or clients likely to be lost.</source>
        <translation>À évaluer : attention des médias, plaintes répétées, exigences réglementaires non respectées ou perte probable de clients.</translation>
    </message>
    <message>
        <source>Lasted %1 h; critical services down for %2 h at most.</source>
        <translation>A duré %1 h ; services critiques à l’arrêt %2 h au plus.</translation>
    </message>
    <message>
        <source>Longer than 24 hours, or critical services down longer than 2 hours.</source>
        <translation>Plus de 24 heures, ou services critiques à l’arrêt plus de 2 heures.</translation>
    </message>
    <message>
        <source>Still ongoing: it may yet be met.</source>
        <translation>Toujours en cours : il peut encore être rempli.</translation>
    </message>
    <message>
        <source>To assess: an impact in two or more Member States.</source>
        <translation>À évaluer : un impact dans deux États membres ou plus.</translation>
    </message>
    <message>
        <source>Data lost on %1.</source>
        <translation>Données perdues sur %1.</translation>
    </message>
    <message>
        <source>No data lost recorded. An impact on the confidentiality, integrity or authenticity of data is to be assessed.</source>
        <translation>Aucune perte de données enregistrée. Un impact sur la confidentialité, l’intégrité ou l’authenticité des données reste à évaluer.</translation>
    </message>
    <message>
        <source>Costs and losses of %1 recorded; the threshold is 100,000 euro.</source>
        <translation>Coûts et pertes de %1 enregistrés ; le seuil est de 100 000 euros.</translation>
    </message>
    <message>
        <source>No costs and losses recorded.</source>
        <translation>Aucun coût ni perte enregistré.</translation>
    </message>
    <message>
        <source>It took critical services down (%1).</source>
        <translation>Il a arrêté des services critiques (%1).</translation>
    </message>
    <message>
        <source>It took no critical service down (no process of tier 0 or 1).</source>
        <translation>Il n’a arrêté aucun service critique (aucun processus de niveau 0 ou 1).</translation>
    </message>
    <message>
        <source>The data-loss criterion is met.</source>
        <translation>Le critère des pertes de données est rempli.</translation>
    </message>
    <message>
        <source>Criteria met: %1.</source>
        <translation>Critères remplis : %1.</translation>
    </message>
    <message>
        <source>No criterion is met on what the plan knows.</source>
        <translation>Aucun critère n’est rempli d’après ce que sait le plan.</translation>
    </message>
    <message numerus="yes">
        <source>It is major if %n more of these is met: %1.</source>
        <translation>
            <numerusform>Il est majeur si %n autre de ceux-ci est rempli : %1.</numerusform>
            <numerusform>Il est majeur si %n autres de ceux-ci sont remplis : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than two criteria can be met, and no data was lost.</source>
        <translation>Moins de deux critères peuvent être remplis, et aucune donnée n’a été perdue.</translation>
    </message>
    <message>
        <source>Clients, counterparts and transactions</source>
        <translation>Clients, contreparties et transactions</translation>
    </message>
    <message>
        <source>Reputational impact</source>
        <translation>Impact sur la réputation</translation>
    </message>
    <message>
        <source>Duration and service downtime</source>
        <translation>Durée et indisponibilité du service</translation>
    </message>
    <message>
        <source>Geographical spread</source>
        <translation>Étendue géographique</translation>
    </message>
    <message>
        <source>Data losses</source>
        <translation>Pertes de données</translation>
    </message>
    <message>
        <source>Economic impact</source>
        <translation>Impact économique</translation>
    </message>
    <message>
        <source>Major incident</source>
        <translation>Incident majeur</translation>
    </message>
    <message>
        <source>Not major</source>
        <translation>Non majeur</translation>
    </message>
    <message>
        <source>Possibly major: to assess</source>
        <translation>Peut-être majeur : à évaluer</translation>
    </message>
    <message>
        <source>[not recorded]</source>
        <translation>[non enregistré]</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>maîtrisé</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>INITIAL NOTIFICATION OF A MAJOR ICT-RELATED INCIDENT (draft)</source>
        <translation>NOTIFICATION INITIALE D’UN INCIDENT MAJEUR LIÉ AUX TIC (projet)</translation>
    </message>
    <message>
        <source>Financial entity: %1</source>
        <translation>Entité financière : %1</translation>
    </message>
    <message>
        <source>[name and LEI]</source>
        <translation>[nom et LEI]</translation>
    </message>
    <message>
        <source>Competent authority: %1</source>
        <translation>Autorité compétente : %1</translation>
    </message>
    <message>
        <source>[authority]</source>
        <translation>[autorité]</translation>
    </message>
    <message>
        <source>Incident reference: %1</source>
        <translation>Référence de l’incident : %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Detected at: %1</source>
        <translation>Détecté le : %1</translation>
    </message>
    <message>
        <source>Occurred at: %1</source>
        <translation>Survenu le : %1</translation>
    </message>
    <message>
        <source>Classified as major at: %1</source>
        <translation>Classé majeur le : %1</translation>
    </message>
    <message>
        <source>[date and time]</source>
        <translation>[date et heure]</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Services and systems affected: %1</source>
        <translation>Services et systèmes touchés : %1</translation>
    </message>
    <message>
        <source>[to complete]</source>
        <translation>[à compléter]</translation>
    </message>
    <message>
        <source>Critical services affected: %1</source>
        <translation>Services critiques touchés : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Classification criteria met: %1</source>
        <translation>Critères de classification remplis : %1</translation>
    </message>
    <message>
        <source>[to assess]</source>
        <translation>[à évaluer]</translation>
    </message>
    <message>
        <source>Clients affected: %1</source>
        <translation>Clients touchés : %1</translation>
    </message>
    <message>
        <source>[estimate]</source>
        <translation>[estimation]</translation>
    </message>
    <message>
        <source>Member States affected: %1</source>
        <translation>États membres touchés : %1</translation>
    </message>
    <message>
        <source>Business continuity plan activated: %1</source>
        <translation>Plan de continuité activé : %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>oui (%1)</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>[name, role, e-mail, telephone]</source>
        <translation>[nom, rôle, e-mail, téléphone]</translation>
    </message>
    <message>
        <source>Send by %1 at the latest (4 hours after classifying it as major, and no later than 24 hours after becoming aware of it).</source>
        <translation>À envoyer au plus tard le %1 (4 heures après l’avoir classé majeur, et au plus tard 24 heures après en avoir eu connaissance).</translation>
    </message>
</context>
<context>
    <name>Continuity::DoraExport</name>
    <message numerus="yes">
        <source>The register has %n error(s); nothing was written.</source>
        <translation>
            <numerusform>Le registre a %n erreur ; rien n’a été écrit.</numerusform>
            <numerusform>Le registre a %n erreurs ; rien n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 n’a pas pu être ajouté : %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Continuity::DoraLists</name>
    <message>
        <source>Credit institution</source>
        <translation>Établissement de crédit</translation>
    </message>
    <message>
        <source>Investment firm</source>
        <translation>Entreprise d’investissement</translation>
    </message>
    <message>
        <source>Payment institution</source>
        <translation>Établissement de paiement</translation>
    </message>
    <message>
        <source>Account information service provider</source>
        <translation>Prestataire de services d’information sur les comptes</translation>
    </message>
    <message>
        <source>Electronic money institution</source>
        <translation>Établissement de monnaie électronique</translation>
    </message>
    <message>
        <source>Crypto-asset service provider</source>
        <translation>Prestataire de services sur crypto-actifs</translation>
    </message>
    <message>
        <source>Central securities depository</source>
        <translation>Dépositaire central de titres</translation>
    </message>
    <message>
        <source>Trading venue</source>
        <translation>Plate-forme de négociation</translation>
    </message>
    <message>
        <source>Trade repository</source>
        <translation>Référentiel central</translation>
    </message>
    <message>
        <source>Manager of alternative investment funds</source>
        <translation>Gestionnaire de fonds d’investissement alternatifs</translation>
    </message>
    <message>
        <source>Data reporting service provider</source>
        <translation>Prestataire de services de communication de données</translation>
    </message>
    <message>
        <source>Insurance or reinsurance undertaking</source>
        <translation>Entreprise d’assurance ou de réassurance</translation>
    </message>
    <message>
        <source>Issuer of asset-referenced tokens</source>
        <translation>Émetteur de jetons se référant à des actifs</translation>
    </message>
    <message>
        <source>Occupational retirement institution</source>
        <translation>Institution de retraite professionnelle</translation>
    </message>
    <message>
        <source>Credit rating agency</source>
        <translation>Agence de notation de crédit</translation>
    </message>
    <message>
        <source>Administrator of critical benchmarks</source>
        <translation>Administrateur d’indices de référence critiques</translation>
    </message>
    <message>
        <source>Crowdfunding service provider</source>
        <translation>Prestataire de services de financement participatif</translation>
    </message>
    <message>
        <source>Securitisation repository</source>
        <translation>Référentiel des titrisations</translation>
    </message>
    <message>
        <source>Other financial entity</source>
        <translation>Autre entité financière</translation>
    </message>
    <message>
        <source>Insurance intermediary</source>
        <translation>Intermédiaire d’assurance</translation>
    </message>
    <message>
        <source>Management company</source>
        <translation>Société de gestion</translation>
    </message>
    <message>
        <source>Central counterparty</source>
        <translation>Contrepartie centrale</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Overarching</source>
        <translation>Accord-cadre</translation>
    </message>
    <message>
        <source>Subsequent or associated</source>
        <translation>Subséquent ou associé</translation>
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
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Numéro de passeport</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Numéro d’identité national</translation>
    </message>
    <message>
        <source>ICT project management</source>
        <translation>Gestion de projets TIC</translation>
    </message>
    <message>
        <source>ICT development</source>
        <translation>Développement TIC</translation>
    </message>
    <message>
        <source>Help desk and first-level support</source>
        <translation>Assistance et support de premier niveau</translation>
    </message>
    <message>
        <source>ICT security management</source>
        <translation>Gestion de la sécurité TIC</translation>
    </message>
    <message>
        <source>Provision of data</source>
        <translation>Fourniture de données</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>Analyse de données</translation>
    </message>
    <message>
        <source>Facilities and hosting (not cloud)</source>
        <translation>Locaux et hébergement (hors cloud)</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Data storage (not cloud)</source>
        <translation>Stockage de données (hors cloud)</translation>
    </message>
    <message>
        <source>Telecom carrier</source>
        <translation>Opérateur de télécommunications</translation>
    </message>
    <message>
        <source>Network infrastructure</source>
        <translation>Infrastructure réseau</translation>
    </message>
    <message>
        <source>Hardware and physical devices</source>
        <translation>Matériel et équipements physiques</translation>
    </message>
    <message>
        <source>Software licensing (not SaaS)</source>
        <translation>Licences logicielles (hors SaaS)</translation>
    </message>
    <message>
        <source>ICT operations and maintenance</source>
        <translation>Exploitation et maintenance TIC</translation>
    </message>
    <message>
        <source>ICT consulting</source>
        <translation>Conseil TIC</translation>
    </message>
    <message>
        <source>ICT risk management</source>
        <translation>Gestion des risques TIC</translation>
    </message>
    <message>
        <source>Cloud: IaaS</source>
        <translation>Cloud : IaaS</translation>
    </message>
    <message>
        <source>Cloud: PaaS</source>
        <translation>Cloud : PaaS</translation>
    </message>
    <message>
        <source>Cloud: SaaS</source>
        <translation>Cloud : SaaS</translation>
    </message>
    <message>
        <source>Expired, not renewed</source>
        <translation>Expiré, non renouvelé</translation>
    </message>
    <message>
        <source>Provider in breach</source>
        <translation>Manquement du prestataire</translation>
    </message>
    <message>
        <source>Impediments of the provider</source>
        <translation>Empêchements du prestataire</translation>
    </message>
    <message>
        <source>Weak data management or security</source>
        <translation>Faiblesses de gestion ou de sécurité des données</translation>
    </message>
    <message>
        <source>Requested by the authority</source>
        <translation>À la demande de l’autorité</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre motif</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Non significatif</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Not substitutable</source>
        <translation>Non substituable</translation>
    </message>
    <message>
        <source>Highly complex</source>
        <translation>Très complexe</translation>
    </message>
    <message>
        <source>Medium complexity</source>
        <translation>Complexité moyenne</translation>
    </message>
    <message>
        <source>Easily substitutable</source>
        <translation>Facilement substituable</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Payment services</source>
        <translation>Services de paiement</translation>
    </message>
    <message>
        <source>Issuing electronic money</source>
        <translation>Émission de monnaie électronique</translation>
    </message>
    <message>
        <source>Cash placed on a payment account</source>
        <translation>Versement d’espèces sur un compte de paiement</translation>
    </message>
    <message>
        <source>Cash withdrawals from a payment account</source>
        <translation>Retraits d’espèces d’un compte de paiement</translation>
    </message>
    <message>
        <source>Execution of payment transactions</source>
        <translation>Exécution d’opérations de paiement</translation>
    </message>
    <message>
        <source>Payment transactions covered by a credit line</source>
        <translation>Opérations de paiement couvertes par une ligne de crédit</translation>
    </message>
    <message>
        <source>Issuing instruments or acquiring transactions</source>
        <translation>Émission d’instruments ou acquisition d’opérations</translation>
    </message>
    <message>
        <source>Money remittance</source>
        <translation>Transmission de fonds</translation>
    </message>
    <message>
        <source>Payment initiation services</source>
        <translation>Services d’initiation de paiement</translation>
    </message>
    <message>
        <source>Account information services</source>
        <translation>Services d’information sur les comptes</translation>
    </message>
    <message>
        <source>Taking deposits</source>
        <translation>Réception de dépôts</translation>
    </message>
    <message>
        <source>Lending</source>
        <translation>Octroi de crédits</translation>
    </message>
    <message>
        <source>Financial leasing</source>
        <translation>Crédit-bail</translation>
    </message>
    <message>
        <source>Other means of payment</source>
        <translation>Autres moyens de paiement</translation>
    </message>
    <message>
        <source>Guarantees and commitments</source>
        <translation>Garanties et engagements</translation>
    </message>
    <message>
        <source>Trading for own account or for customers</source>
        <translation>Négociation pour compte propre ou de clients</translation>
    </message>
</context>
<context>
    <name>Continuity::DoraRegister</name>
    <message>
        <source>financial entity</source>
        <translation>entité financière</translation>
    </message>
    <message>
        <source>has no LEI (Compliance › Financial Entity…)</source>
        <translation>n’a pas de LEI (Conformité › Entité financière…)</translation>
    </message>
    <message>
        <source>LEI &quot;%1&quot; fails its check digits (ISO 17442)</source>
        <translation>le LEI « %1 » échoue à ses chiffres de contrôle (ISO 17442)</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>n’a pas de nom</translation>
    </message>
    <message>
        <source>has no country</source>
        <translation>n’a pas de pays</translation>
    </message>
    <message>
        <source>has no type of entity</source>
        <translation>n’a pas de type d’entité</translation>
    </message>
    <message>
        <source>has no reporting currency</source>
        <translation>n’a pas de devise de déclaration</translation>
    </message>
    <message>
        <source>names no competent authority</source>
        <translation>ne nomme aucune autorité compétente</translation>
    </message>
    <message>
        <source>function %1 (process %2)</source>
        <translation>fonction %1 (processus %2)</translation>
    </message>
    <message>
        <source>has no RTO</source>
        <translation>n’a pas de RTO</translation>
    </message>
    <message>
        <source>has no RPO</source>
        <translation>n’a pas de RPO</translation>
    </message>
    <message>
        <source>has no BIA review date (the date of its last assessment)</source>
        <translation>n’a pas de date de revue du BIA (la date de sa dernière évaluation)</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>fonctions</translation>
    </message>
    <message>
        <source>no process has a licensed activity: the register reports the functions the suppliers support</source>
        <translation>aucun processus n’a d’activité agréée : le registre déclare les fonctions que soutiennent les fournisseurs</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contrat %1</translation>
    </message>
    <message>
        <source>has the same reference as contract %1</source>
        <translation>a la même référence que le contrat %1</translation>
    </message>
    <message>
        <source>names supplier %1 other than contract %2 does (code, country or parent)</source>
        <translation>décrit le fournisseur %1 autrement que le contrat %2 (code, pays ou société mère)</translation>
    </message>
    <message>
        <source>has no identification code of the supplier</source>
        <translation>n’a pas de code d’identification du fournisseur</translation>
    </message>
    <message>
        <source>supplier LEI &quot;%1&quot; fails its check digits (ISO 17442)</source>
        <translation>le LEI fournisseur « %1 » échoue à ses chiffres de contrôle (ISO 17442)</translation>
    </message>
    <message>
        <source>a supplier that is a legal person is identified by an LEI or an EUID</source>
        <translation>un fournisseur personne morale est identifié par un LEI ou un EUID</translation>
    </message>
    <message>
        <source>parent LEI &quot;%1&quot; fails its check digits (ISO 17442)</source>
        <translation>le LEI de la société mère « %1 » échoue à ses chiffres de contrôle (ISO 17442)</translation>
    </message>
    <message>
        <source>has no country of the supplier&apos;s headquarters</source>
        <translation>n’a pas de pays du siège du fournisseur</translation>
    </message>
    <message>
        <source>has no type of ICT service</source>
        <translation>n’a pas de type de service TIC</translation>
    </message>
    <message>
        <source>has no start date</source>
        <translation>n’a pas de date de début</translation>
    </message>
    <message>
        <source>is a subsequent arrangement without its overarching contract</source>
        <translation>est un accord subséquent sans son contrat-cadre</translation>
    </message>
    <message>
        <source>has an annual cost without a currency</source>
        <translation>a un coût annuel sans devise</translation>
    </message>
    <message>
        <source>stores data but says not where</source>
        <translation>stocke des données sans dire où</translation>
    </message>
    <message>
        <source>has a reason of termination but no end date</source>
        <translation>a un motif de résiliation mais pas de date de fin</translation>
    </message>
    <message>
        <source>has no date of the last audit of the supplier</source>
        <translation>n’a pas de date du dernier audit du fournisseur</translation>
    </message>
    <message>
        <source>names overarching contract %1, which is not in the register</source>
        <translation>nomme le contrat-cadre %1, qui n’est pas dans le registre</translation>
    </message>
    <message>
        <source>contracts</source>
        <translation>contrats</translation>
    </message>
    <message>
        <source>the plan has no contract with a supplier in force in the period</source>
        <translation>le plan n’a aucun contrat fournisseur en vigueur sur la période</translation>
    </message>
    <message>
        <source>a single point of failure of %1</source>
        <translation>un point unique de défaillance de %1</translation>
    </message>
    <message>
        <source>in a redundancy group with %1</source>
        <translation>dans un groupe de redondance avec %1</translation>
    </message>
    <message>
        <source>no single point of failure of a critical function, no redundancy group</source>
        <translation>pas de point unique de défaillance d’une fonction critique, pas de groupe de redondance</translation>
    </message>
    <message>
        <source>supports no function of the plan (no process with a licensed activity depends on %1)</source>
        <translation>ne soutient aucune fonction du plan (aucun processus avec une activité agréée ne dépend de %1)</translation>
    </message>
    <message>
        <source>supports a critical or important function but gives no notice periods</source>
        <translation>soutient une fonction critique ou importante mais ne donne pas de préavis</translation>
    </message>
    <message>
        <source>supports a critical or important function but names no governing law</source>
        <translation>soutient une fonction critique ou importante mais ne nomme pas de droit applicable</translation>
    </message>
    <message>
        <source>supports a critical or important function but names no country of provision</source>
        <translation>soutient une fonction critique ou importante mais ne nomme pas de pays de fourniture</translation>
    </message>
    <message>
        <source>supports a critical or important function but %1 has no approved exit-plan runbook</source>
        <translation>soutient une fonction critique ou importante mais %1 n’a pas de runbook approuvé de plan de sortie</translation>
    </message>
    <message>
        <source>exit plan %1 has never been exercised</source>
        <translation>le plan de sortie %1 n’a jamais été exercé</translation>
    </message>
    <message>
        <source>substitutability not confirmed; the register reports the suggestion: %1 (%2)</source>
        <translation>substituabilité non confirmée ; le registre déclare la suggestion : %1 (%2)</translation>
    </message>
    <message>
        <source>says not how hard reintegrating the service would be</source>
        <translation>ne dit pas à quel point la réintégration du service serait difficile</translation>
    </message>
    <message>
        <source>supplier %1</source>
        <translation>fournisseur %1</translation>
    </message>
    <message>
        <source>is in the ICT supply chain but has no identification code (its attribute &quot;lei&quot;): left out of B_05</source>
        <translation>est dans la chaîne d’approvisionnement TIC mais n’a pas de code d’identification (son attribut « lei ») : omis de B_05</translation>
    </message>
    <message>
        <source>Tier %1: tiers 0 to %2 are critical or important (%3)</source>
        <translation>Niveau %1 : les niveaux 0 à %2 sont critiques ou importants (%3)</translation>
    </message>
    <message>
        <source>tier policy</source>
        <translation>politique de niveaux</translation>
    </message>
    <message>
        <source>dates its last assessment (the BIA review) %1, after the day of reporting</source>
        <translation>date sa dernière évaluation (la revue du BIA) du %1, après le jour de déclaration</translation>
    </message>
    <message>
        <source>dates its last audit %1, after the day of reporting</source>
        <translation>date son dernier audit du %1, après le jour de déclaration</translation>
    </message>
</context>
<context>
    <name>Continuity::Drill</name>
    <message>
        <source>&quot;%1&quot; is not a call-tree drill.</source>
        <translation>« %1 » n’est pas un exercice d’arbre d’appel.</translation>
    </message>
    <message>
        <source>Declare the drill before recording answers.</source>
        <translation>Déclarez le début de l’exercice avant d’enregistrer des réponses.</translation>
    </message>
    <message>
        <source>The drill has ended; its answers are a record.</source>
        <translation>L’exercice est terminé ; ses réponses sont archivées.</translation>
    </message>
    <message>
        <source>The drill has no call %1.</source>
        <translation>L’exercice n’a pas d’appel %1.</translation>
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
        <translation>Temps écoulé depuis le début de l’exercice</translation>
    </message>
    <message>
        <source>&amp;Declare Start (D)</source>
        <translation>&amp;Déclarer le début (D)</translation>
    </message>
    <message>
        <source>Start the drill&apos;s clock now and call the tree&apos;s root</source>
        <translation>Démarrer maintenant l’horloge de l’exercice et appeler la racine de l’arbre</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>&amp;End Drill (Ctrl+E)</source>
        <translation>&amp;Terminer l’exercice (Ctrl+E)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Appelé par</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Contact details found wrong or changed during the drill</source>
        <translation>Coordonnées trouvées fausses ou changées pendant l’exercice</translation>
    </message>
    <message>
        <source>Confirmed (&amp;R)</source>
        <translation>Confirmé (&amp;R)</translation>
    </message>
    <message>
        <source>The person answered and confirmed, now</source>
        <translation>La personne a répondu et confirmé, maintenant</translation>
    </message>
    <message>
        <source>&amp;Unreachable (U)</source>
        <translation>&amp;Injoignable (U)</translation>
    </message>
    <message>
        <source>Nobody answered on any number: their fallback calls their people</source>
        <translation>Personne n’a répondu sur aucun numéro : le suppléant appelle ses personnes</translation>
    </message>
    <message>
        <source>Not Confirmed (Backspace)</source>
        <translation>Non confirmé (Retour arrière)</translation>
    </message>
    <message>
        <source>Details Wrong… (&amp;E)</source>
        <translation>Coordonnées fausses… (&amp;E)</translation>
    </message>
    <message>
        <source>A number or address found wrong or changed during the drill</source>
        <translation>Un numéro ou une adresse trouvé faux ou changé pendant l’exercice</translation>
    </message>
    <message>
        <source>Timeline &amp;Note… (N)</source>
        <translation>&amp;Note de chronologie… (N)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmés</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <source>Sets the selected role&apos;s mobilisation hours to what the drill measured; the recovery analysis then uses it. One undo step.</source>
        <translation>Règle la durée de mobilisation du rôle choisi sur la valeur mesurée par l’exercice ; l’analyse de reprise l’utilise ensuite. Une seule étape d’annulation.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Measured &amp;mobilisation per role</source>
        <translation>&amp;Mobilisation mesurée par rôle</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Call-Tree Drill</source>
        <translation>Exercice d’arbre d’appel</translation>
    </message>
    <message>
        <source>Choose the call tree to drill on the Plan tab first.</source>
        <translation>Choisissez d’abord l’arbre d’appel à exercer dans l’onglet Plan.</translation>
    </message>
    <message>
        <source>Declare the drill</source>
        <translation>Déclencher l’exercice</translation>
    </message>
    <message>
        <source>Resume the drill</source>
        <translation>Reprendre l’exercice</translation>
    </message>
    <message>
        <source>Pause the drill</source>
        <translation>Mettre l’exercice en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have not confirmed.</source>
        <translation>
            <numerusform>%n personne n’a pas confirmé.</numerusform>
            <numerusform>%n personnes n’ont pas confirmé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending now records the drill as ended at %1 (%2 on the clock); everyone who has not confirmed is reported as never reached.</source>
        <translation>Terminer maintenant enregistre l’exercice comme terminé à %1 (%2 à l’horloge) ; toute personne n’ayant pas confirmé est signalée comme jamais jointe.</translation>
    </message>
    <message>
        <source>End the Drill?</source>
        <translation>Terminer l’exercice ?</translation>
    </message>
    <message>
        <source>End Drill</source>
        <translation>Terminer l’exercice</translation>
    </message>
    <message>
        <source>End the drill</source>
        <translation>Terminer l’exercice</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 a confirmé</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 injoignable</translation>
    </message>
    <message>
        <source>%1 not confirmed</source>
        <translation>%1 non confirmé</translation>
    </message>
    <message>
        <source>Details Found Wrong</source>
        <translation>Coordonnées fausses</translation>
    </message>
    <message>
        <source>What was wrong or changed in %1&apos;s contact details?</source>
        <translation>Qu’est-ce qui était faux ou a changé dans les coordonnées de %1 ?</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Coordonnées de %1</translation>
    </message>
    <message>
        <source>Timeline Note</source>
        <translation>Note de chronologie</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé ?</translation>
    </message>
    <message>
        <source>Add a timeline note</source>
        <translation>Ajouter une note à la chronologie</translation>
    </message>
    <message>
        <source>Apply Mobilisation</source>
        <translation>Appliquer la mobilisation</translation>
    </message>
    <message>
        <source>Mobilisation of %1 set to %2 from the drill; Undo takes it back.</source>
        <translation>Mobilisation de %1 réglée sur %2 d’après l’exercice ; Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Reprendre (P)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>nobody: cut off</source>
        <translation>personne : coupé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>jamais joint</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>%1 of %2 confirmed</source>
        <translation>%1 sur %2 confirmés</translation>
    </message>
    <message>
        <source>T50 %1 · T90 %2 · T100 %3</source>
        <translation>T50 %1 · T90 %2 · T100 %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose the call tree to drill on the Plan tab.</source>
        <translation>Choisissez l’arbre d’appel à exercer dans l’onglet Plan.</translation>
    </message>
    <message>
        <source>Declare the drill to start the clock; then mark each person as they confirm (R) or cannot be reached (U).</source>
        <translation>Déclarez l’exercice pour démarrer l’horloge ; marquez ensuite chaque personne dès qu’elle confirme (R) ou reste injoignable (U).</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Prévu : %1</translation>
    </message>
    <message>
        <source>Calling: %1</source>
        <translation>Appels en cours : %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>En pause : %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message>
        <source>&amp;Apply to the Role</source>
        <translation>&amp;Appliquer au rôle</translation>
    </message>
    <message>
        <source>Within the target of %1: %2 of %3 (%4 %)</source>
        <translation>Dans l’objectif de %1 : %2 sur %3 (%4 %)</translation>
    </message>
    <message>
        <source>Cut off: %1</source>
        <translation>Coupés : %1</translation>
    </message>
    <message>
        <source>Cut off or waiting: %1</source>
        <translation>Coupés ou en attente : %1</translation>
    </message>
</context>
<context>
    <name>Continuity::EntityDialog</name>
    <message>
        <source>Financial Entity</source>
        <translation>Entité financière</translation>
    </message>
    <message>
        <source>The legal name</source>
        <translation>La dénomination légale</translation>
    </message>
    <message>
        <source>20 characters</source>
        <translation>20 caractères</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Who supervises the entity</source>
        <translation>Qui supervise l’entité</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, such as EUR</source>
        <translation>Code devise ISO 4217, par exemple EUR</translation>
    </message>
    <message>
        <source>tiers 0 to </source>
        <translation>niveaux 0 à </translation>
    </message>
    <message>
        <source>Functions of these tiers are reported as critical or important</source>
        <translation>Les fonctions de ces niveaux sont déclarées critiques ou importantes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;LEI:</source>
        <translation>&amp;LEI :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Type of entity:</source>
        <translation>&amp;Type d’entité :</translation>
    </message>
    <message>
        <source>Competent &amp;authority:</source>
        <translation>&amp;Autorité compétente :</translation>
    </message>
    <message>
        <source>Reporting c&amp;urrency:</source>
        <translation>D&amp;evise de déclaration :</translation>
    </message>
    <message>
        <source>Critical or important:</source>
        <translation>Critique ou importante :</translation>
    </message>
    <message>
        <source>Needed for the register of information</source>
        <translation>Nécessaire pour le registre d’informations</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation>
            <numerusform>encore %n caractère</numerusform>
            <numerusform>encore %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>Check digits hold</source>
        <translation>Chiffres de contrôle corrects</translation>
    </message>
    <message>
        <source>Check digits fail: a character is wrong</source>
        <translation>Chiffres de contrôle incorrects : un caractère est faux</translation>
    </message>
</context>
<context>
    <name>Continuity::Enums</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
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
            <numerusform>%n base de données</numerusform>
            <numerusform>%n bases de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infrastructure service(s)</source>
        <translation>
            <numerusform>%n service d’infrastructure</numerusform>
            <numerusform>%n services d’infrastructure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
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
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n équipe</numerusform>
            <numerusform>%n équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>New data store</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>New infrastructure</source>
        <translation>Nouvelle infrastructure</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nouveau réseau</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>New supplier</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Legal &amp; regulatory</source>
        <translation>Juridique et réglementaire</translation>
    </message>
    <message>
        <source>Reputational</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Health &amp; safety</source>
        <translation>Santé et sécurité</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satellite</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabilisé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Dépendance</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humain</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Prévenir</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Atténuer</translation>
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
        <translation>Urgence</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Progressif</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Successful with issues</source>
        <translation>Réussi avec des incidents</translation>
    </message>
    <message>
        <source>Unsuccessful</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Annulé par retour arrière</translation>
    </message>
    <message>
        <source>Big bang</source>
        <translation>Big bang</translation>
    </message>
    <message>
        <source>Blue-green</source>
        <translation>Bleu-vert</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canari</translation>
    </message>
    <message>
        <source>Feature toggle</source>
        <translation>Activation par fonctionnalité</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Tous les nœuds</translation>
    </message>
    <message>
        <source>Up to a tier</source>
        <translation>Jusqu’à un niveau</translation>
    </message>
    <message>
        <source>Listed nodes</source>
        <translation>Nœuds listés</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Error budget</source>
        <translation>Budget d’erreur</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenue</translation>
    </message>
    <message>
        <source>Manual evidence</source>
        <translation>Preuve manuelle</translation>
    </message>
    <message>
        <source>Exercise coverage</source>
        <translation>Couverture des exercices</translation>
    </message>
    <message>
        <source>Runbook coverage</source>
        <translation>Couverture des runbooks</translation>
    </message>
    <message>
        <source>BIA current</source>
        <translation>BIA à jour</translation>
    </message>
    <message>
        <source>Restore tested</source>
        <translation>Restauration testée</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Maîtrise des changements</translation>
    </message>
    <message>
        <source>Post-mortems reviewed</source>
        <translation>Post-mortems revus</translation>
    </message>
    <message>
        <source>Contacts verified</source>
        <translation>Contacts vérifiés</translation>
    </message>
    <message>
        <source>Access reviewed</source>
        <translation>Accès revus</translation>
    </message>
    <message>
        <source>Actions closed</source>
        <translation>Actions clôturées</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Semestrielle</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
</context>
<context>
    <name>Continuity::ErrorBudget</name>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Épuisé</translation>
    </message>
</context>
<context>
    <name>Continuity::EvidencePack</name>
    <message>
        <source>No temporary folder could be made for the evidence pack.</source>
        <translation>Aucun dossier temporaire n’a pu être créé pour le dossier de preuves.</translation>
    </message>
    <message>
        <source>Control status</source>
        <translation>État des contrôles</translation>
    </message>
    <message>
        <source>Business impact analysis</source>
        <translation>Analyse d’impact sur l’activité</translation>
    </message>
    <message>
        <source>Business continuity plan</source>
        <translation>Plan de continuité d’activité</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Post-mortem %1</translation>
    </message>
    <message>
        <source>%1: %2 (not found)</source>
        <translation>%1 : %2 (introuvable)</translation>
    </message>
    <message>
        <source>%1: %2 (changed since it was attached: its SHA-256 differs)</source>
        <translation>%1 : %2 (modifié depuis qu’il a été joint : son SHA-256 diffère)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be read back.</source>
        <translation>%1 n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>%1 n’a pas pu être ajouté : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 could not be made: %2</source>
        <translation>%1 n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>The manifest could not be added: %1</source>
        <translation>Le manifeste n’a pas pu être ajouté : %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive that can be read: %2</source>
        <translation>%1 n’est pas une archive ZIP lisible : %2</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not an evidence pack.</source>
        <translation>%1 n’a pas de manifest.json : ce n’est pas un dossier de preuves.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of an evidence pack.</source>
        <translation>manifest.json n’est pas le manifeste d’un dossier de preuves.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1: listed in the manifest but not in the pack</source>
        <translation>%1 : dans le manifeste mais pas dans le dossier</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1 : illisible</translation>
    </message>
    <message>
        <source>%1: its SHA-256 does not match the manifest</source>
        <translation>%1 : son SHA-256 ne correspond pas au manifeste</translation>
    </message>
    <message>
        <source>%1: its size does not match the manifest</source>
        <translation>%1 : sa taille ne correspond pas au manifeste</translation>
    </message>
    <message>
        <source>%1: in the pack but not in the manifest</source>
        <translation>%1 : dans le dossier mais pas dans le manifeste</translation>
    </message>
</context>
<context>
    <name>Continuity::ExceptionDialog</name>
    <message>
        <source>Accept a Risk</source>
        <translation>Accepter un risque</translation>
    </message>
    <message>
        <source>The finding &quot;%1&quot; on %2</source>
        <translation>Le constat « %1 » sur %2</translation>
    </message>
    <message>
        <source>The failing control %1</source>
        <translation>Le contrôle défaillant %1</translation>
    </message>
    <message>
        <source>The owner of what it is about, or a member of the plan&apos;s risk-owner role</source>
        <translation>Le responsable de l’objet concerné, ou un membre du rôle de propriétaire des risques du plan</translation>
    </message>
    <message>
        <source>At most twelve months after it was accepted</source>
        <translation>Au plus douze mois après son acceptation</translation>
    </message>
    <message>
        <source>Accepting:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Accepté par :</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>Accepté le :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire le :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Compensating control:</source>
        <translation>Contrôle compensatoire :</translation>
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
        <translation>SLO tenus</translation>
    </message>
    <message>
        <source>Tier-0/1 services tested within their interval</source>
        <translation>Services de niveaux 0/1 testés dans leur intervalle</translation>
    </message>
    <message>
        <source>Tier-0/1 services with an approved runbook</source>
        <translation>Services de niveaux 0/1 avec un runbook approuvé</translation>
    </message>
    <message>
        <source>Tier-0/1 targets without a single point of failure</source>
        <translation>Cibles de niveaux 0/1 sans point de défaillance unique</translation>
    </message>
    <message>
        <source>Actions closed on time</source>
        <translation>Actions clôturées à temps</translation>
    </message>
    <message numerus="yes">
        <source>Losing %1 alone stops %n tier-0 process(es): %2.</source>
        <translation>
            <numerusform>La perte de %1 seul arrête %n processus de niveau 0 : %2.</numerusform>
            <numerusform>La perte de %1 seul arrête %n processus de niveau 0 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was down %2 in %3, beyond its recovery target of %4.</source>
        <translation>%1 a été arrêté %2 lors de %3, au-delà de son objectif de reprise de %4.</translation>
    </message>
    <message>
        <source>%1 takes %2 to recover, longer than its recovery target of %3.</source>
        <translation>%1 demande %2 pour reprendre, plus que son objectif de reprise de %3.</translation>
    </message>
    <message>
        <source>The accepted risk &quot;%1&quot; on %2 (%3) expired on %4 and has not been decided again.</source>
        <translation>Le risque accepté « %1 » sur %2 (%3) a expiré le %4 et n’a pas été tranché de nouveau.</translation>
    </message>
    <message>
        <source>The accepted failing control %1 (%2) expired on %3 and has not been decided again.</source>
        <translation>Le contrôle défaillant accepté %1 (%2) a expiré le %3 et n’a pas été tranché de nouveau.</translation>
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
        <translation>Disponibilité et résilience</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Resilience score</source>
        <translation>Score de résilience</translation>
    </message>
    <message>
        <source>%1 out of 100: the mean of the %2 shares below that could be measured.</source>
        <translation>%1 sur 100 : la moyenne des %2 parts mesurables ci-dessous.</translation>
    </message>
    <message>
        <source>No share could be measured: the plan has no tier-0 or tier-1 service, SLO or action to measure.</source>
        <translation>Aucune part n’a pu être mesurée : le plan n’a ni service de niveau 0 ou 1, ni SLO, ni action à mesurer.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesurée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The five shares of the resilience score, in percent</source>
        <translation>Les cinq parts du score de résilience, en pourcentage</translation>
    </message>
    <message>
        <source>The five biggest risks</source>
        <translation>Les cinq risques majeurs</translation>
    </message>
    <message>
        <source>No single point of failure of a tier-0 process, no recovery gap, no infeasible SLO and no expired acceptance of a risk.</source>
        <translation>Aucun point de défaillance unique d’un processus de niveau 0, aucun écart de reprise, aucun SLO inatteignable et aucune acceptation de risque expirée.</translation>
    </message>
    <message>
        <source>Service levels of tier-0 and tier-1 services</source>
        <translation>Niveaux de service des services de niveaux 0 et 1</translation>
    </message>
    <message>
        <source>No tier-0 or tier-1 service has an SLO.</source>
        <translation>Aucun service de niveau 0 ou 1 n’a de SLO.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>met</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>MANQUÉ</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1 incidents started in the period. Time to restore: median %2, 90th percentile %3.</source>
        <translation>%1 incidents ont commencé sur la période. Délai de rétablissement : médiane %2, 90e centile %3.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Grav. %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Median time to restore</source>
        <translation>Délai médian de rétablissement</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>%1 exercises ran in the period. Of %2 tier-0/1 services with a test interval, %3 were tested within it at the end of the period.</source>
        <translation>%1 exercices ont eu lieu sur la période. Sur %2 services de niveaux 0/1 ayant un intervalle de test, %3 étaient testés dans les délais en fin de période.</translation>
    </message>
    <message>
        <source>Service or process</source>
        <translation>Service ou processus</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>RTO gaps measured in incidents (%1)</source>
        <translation>Écarts de RTO mesurés lors d’incidents (%1)</translation>
    </message>
    <message>
        <source>No tier-0/1 service or process stayed down beyond its RTO.</source>
        <translation>Aucun service ni processus de niveaux 0/1 n’est resté arrêté au-delà de son RTO.</translation>
    </message>
    <message>
        <source>RTO gaps predicted from recovery times (%1)</source>
        <translation>Écarts de RTO prévus d’après les durées de reprise (%1)</translation>
    </message>
    <message>
        <source>Every tier-0/1 service and process can be recovered within its RTO.</source>
        <translation>Chaque service et processus de niveaux 0/1 peut reprendre dans son RTO.</translation>
    </message>
    <message>
        <source>Actions, changes and controls</source>
        <translation>Actions, changements et contrôles</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>%1 open, %2 of them overdue; %3 of %4 due in the period closed on time</source>
        <translation>%1 ouvertes, dont %2 en retard ; %3 sur %4 échues sur la période clôturées à temps</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>%1 of %2 changes closed in the period succeeded (%3)</source>
        <translation>%1 changements sur %2 clôturés sur la période ont réussi (%3)</translation>
    </message>
    <message>
        <source>No change was closed in the period</source>
        <translation>Aucun changement clôturé sur la période</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>%1 effective, %2 ineffective, %3 with expired evidence, %4 without evidence, %5 accepted as exceptions</source>
        <translation>%1 efficaces, %2 inefficaces, %3 à preuve expirée, %4 sans preuve, %5 acceptés par exception</translation>
    </message>
    <message>
        <source>How each figure is computed: docs/governance.md, &quot;Executive report&quot;.</source>
        <translation>Comment chaque chiffre est calculé : docs/governance.md, « Executive report ».</translation>
    </message>
    <message>
        <source>SLOs met</source>
        <translation>SLO tenus</translation>
    </message>
    <message>
        <source>Tested in time</source>
        <translation>Testés à temps</translation>
    </message>
    <message>
        <source>Approved runbook</source>
        <translation>Runbook approuvé</translation>
    </message>
    <message>
        <source>No single point of failure</source>
        <translation>Sans point de défaillance unique</translation>
    </message>
    <message>
        <source>Actions on time</source>
        <translation>Actions à temps</translation>
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
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Time since the declaration</source>
        <translation>Temps depuis le déclenchement</translation>
    </message>
    <message>
        <source>Start the exercise clock now</source>
        <translation>Démarrer l’horloge de l’exercice maintenant</translation>
    </message>
    <message>
        <source>&amp;Correct Time… (C)</source>
        <translation>&amp;Corriger l’heure… (C)</translation>
    </message>
    <message>
        <source>End Exercise</source>
        <translation>Terminer l’exercice</translation>
    </message>
    <message>
        <source>&amp;Declare Start (D)</source>
        <translation>&amp;Déclarer le début (D)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>&amp;End Exercise (Ctrl+E)</source>
        <translation>&amp;Terminer l’exercice (Ctrl+E)</translation>
    </message>
    <message>
        <source>who reports the next step</source>
        <translation>qui signale la prochaine étape</translation>
    </message>
    <message>
        <source>&amp;Start Step (S)</source>
        <translation>&amp;Commencer l’étape (S)</translation>
    </message>
    <message>
        <source>&amp;Finish Step (F)</source>
        <translation>&amp;Finir l’étape (F)</translation>
    </message>
    <message>
        <source>Timeline &amp;Note… (N)</source>
        <translation>&amp;Note de chronologie… (N)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO cible</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>Signalé &amp;par :</translation>
    </message>
    <message>
        <source>Services against their RTO</source>
        <translation>Services face à leur RTO</translation>
    </message>
    <message>
        <source>Service &amp;Recovered (R)</source>
        <translation>Service &amp;rétabli (R)</translation>
    </message>
    <message>
        <source>The service chosen in the table is back now: its measured RTO is the exercise clock at this moment</source>
        <translation>Le service choisi dans le tableau est rétabli : son RTO mesuré est l’horloge de l’exercice à cet instant</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Declare the exercise</source>
        <translation>Déclencher l’exercice</translation>
    </message>
    <message>
        <source>Resume the exercise</source>
        <translation>Reprendre l’exercice</translation>
    </message>
    <message>
        <source>Pause the exercise</source>
        <translation>Mettre l’exercice en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still running</source>
        <translation>
            <numerusform>%n étape encore en cours</numerusform>
            <numerusform>%n étapes encore en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) not started</source>
        <translation>
            <numerusform>%n étape non commencée</numerusform>
            <numerusform>%n étapes non commencées</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending now records the exercise as ended at %1 (%2 on the clock). Running steps keep their start and no finish; steps not started stay unstarted; a service whose runbook did not finish counts as not recovered in the results.</source>
        <translation>Terminer maintenant enregistre l’exercice comme terminé à %1 (%2 au chronomètre). Les étapes en cours gardent leur début et aucune fin ; les étapes non commencées le restent ; un service dont la procédure n’est pas terminée compte comme non rétabli dans les résultats.</translation>
    </message>
    <message>
        <source>End the Exercise?</source>
        <translation>Terminer l’exercice ?</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>Terminer l’exercice</translation>
    </message>
    <message>
        <source>Start step &quot;%1&quot;</source>
        <translation>Commencer l’étape « %1 »</translation>
    </message>
    <message>
        <source>Finish step &quot;%1&quot;</source>
        <translation>Finir l’étape « %1 »</translation>
    </message>
    <message>
        <source>Correct Time</source>
        <translation>Corriger l’heure</translation>
    </message>
    <message>
        <source>The step has not started: there is no time to correct.</source>
        <translation>L’étape n’a pas commencé : il n’y a pas d’heure à corriger.</translation>
    </message>
    <message>
        <source>Finished at (HH:mm:ss, %1):</source>
        <translation>Finie à (HH:mm:ss, %1) :</translation>
    </message>
    <message>
        <source>Started at (HH:mm:ss, %1):</source>
        <translation>Commencée à (HH:mm:ss, %1) :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it as 09:41:30.</source>
        <translation>« %1 » n’est pas une heure : écrivez-la sous la forme 09:41:30.</translation>
    </message>
    <message>
        <source>Why is the time corrected?</source>
        <translation>Pourquoi l’heure est-elle corrigée ?</translation>
    </message>
    <message>
        <source>Who corrects it?</source>
        <translation>Qui la corrige ?</translation>
    </message>
    <message>
        <source>Correct the time of step &quot;%1&quot;</source>
        <translation>Corriger l’heure de l’étape « %1 »</translation>
    </message>
    <message>
        <source>Timeline Note</source>
        <translation>Note de chronologie</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé ?</translation>
    </message>
    <message>
        <source>Add a timeline note</source>
        <translation>Ajouter une note à la chronologie</translation>
    </message>
    <message>
        <source>Choose the service in &quot;Services against their RTO&quot; first.</source>
        <translation>Choisissez d’abord le service dans « Services face à leur RTO ».</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 rétabli</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Reprendre (P)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Commencé : %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fini : %1</translation>
    </message>
    <message>
        <source>Corrected %1 of %2: %3 → %4 (%5: %6)</source>
        <translation>%1 de %2 corrigé : %3 → %4 (%5 : %6)</translation>
    </message>
    <message>
        <source>the finish</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No exercise selected.</source>
        <translation>Aucun exercice choisi.</translation>
    </message>
    <message>
        <source>Planned for %1. Declare the start when the scenario is announced: the clock starts then.</source>
        <translation>Prévu le %1. Déclenchez le début quand le scénario est annoncé : l’horloge démarre alors.</translation>
    </message>
    <message>
        <source>Running since %1.</source>
        <translation>En cours depuis %1.</translation>
    </message>
    <message>
        <source>Paused at %1: the clock stands still until you resume.</source>
        <translation>En pause depuis %1 : l’horloge s’arrête jusqu’à la reprise.</translation>
    </message>
    <message>
        <source>Ended at %1.</source>
        <translation>Terminé à %1.</translation>
    </message>
    <message>
        <source>no RTO target</source>
        <translation>pas de RTO cible</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>approaching: %1 left</source>
        <translation>approche : reste %1</translation>
    </message>
    <message>
        <source>BEYOND RTO by %1</source>
        <translation>RTO DÉPASSÉ de %1</translation>
    </message>
    <message>
        <source>recovered in %1</source>
        <translation>rétabli en %1</translation>
    </message>
    <message>
        <source>recovered late, %1 over</source>
        <translation>rétabli en retard, %1 de trop</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>escalate to %1</source>
        <translation>escalader vers %1</translation>
    </message>
    <message>
        <source>%1 % of the RTO gone: notify %2</source>
        <translation>%1 % du RTO écoulé : prévenir %2</translation>
    </message>
    <message>
        <source>%1 — call %2</source>
        <translation>%1 — appeler %2</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseFollowUpView</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Add Action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Test every</source>
        <translation>Tester tous les</translation>
    </message>
    <message>
        <source>Last tested</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Next test due</source>
        <translation>Prochain test dû</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Next test due per tier-0/1 service (tier policy)</source>
        <translation>Prochain test dû par service de niveau 0/1 (politique de niveaux)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>now (never tested)</source>
        <translation>maintenant (jamais testé)</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — en retard</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Renommer l’action</translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation>Changer le responsable de l’action</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2026-04-30.</source>
        <translation>« %1 » n’est pas une date : écrivez-la sous la forme 2026-04-30.</translation>
    </message>
    <message>
        <source>Change action due date</source>
        <translation>Changer l’échéance de l’action</translation>
    </message>
    <message>
        <source>Close action &quot;%1&quot;</source>
        <translation>Clôturer l’action « %1 »</translation>
    </message>
    <message>
        <source>Reopen action &quot;%1&quot;</source>
        <translation>Rouvrir l’action « %1 »</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>What must be done? (owner and due date in the table)</source>
        <translation>Que faut-il faire ? (responsable et échéance dans le tableau)</translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Ajouter l’action « %1 »</translation>
    </message>
    <message>
        <source>Action items over time</source>
        <translation>Actions dans le temps</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Ouverte lors de</translation>
    </message>
    <message>
        <source>Action items of every exercise and post-mortem (open ones first; overdue in red)</source>
        <translation>Actions de tous les exercices et retours d’expérience (ouvertes d’abord ; en retard en rouge)</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseLog</name>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time.</source>
        <translation>« %1 » n’est pas une date et heure ISO 8601.</translation>
    </message>
    <message>
        <source>The exercise has not been declared: start it first.</source>
        <translation>L’exercice n’a pas été déclenché : commencez-le d’abord.</translation>
    </message>
    <message>
        <source>The exercise is paused: resume it first.</source>
        <translation>L’exercice est en pause : reprenez-le d’abord.</translation>
    </message>
    <message>
        <source>The exercise has ended: correct a time instead of reporting a step.</source>
        <translation>L’exercice est terminé : corrigez une heure au lieu de signaler une étape.</translation>
    </message>
    <message>
        <source>%1 is before the exercise was declared (%2).</source>
        <translation>%1 est antérieur au déclenchement de l’exercice (%2).</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Tabletop</source>
        <translation>Exercice sur table</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Revue pas à pas</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Parallel test</source>
        <translation>Test en parallèle</translation>
    </message>
    <message>
        <source>Full interruption</source>
        <translation>Interruption complète</translation>
    </message>
    <message>
        <source>Call-tree drill</source>
        <translation>Exercice d’arbre d’appel</translation>
    </message>
    <message>
        <source>The exercise was already declared at %1.</source>
        <translation>L’exercice a déjà été déclenché à %1.</translation>
    </message>
    <message>
        <source>The exercise is not paused.</source>
        <translation>L’exercice n’est pas en pause.</translation>
    </message>
    <message>
        <source>%1 is before the pause began (%2).</source>
        <translation>%1 est antérieur au début de la pause (%2).</translation>
    </message>
    <message>
        <source>The exercise has already ended.</source>
        <translation>L’exercice est déjà terminé.</translation>
    </message>
    <message>
        <source>Name the runbook and the step.</source>
        <translation>Indiquez la procédure et l’étape.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; already started at %2.</source>
        <translation>L’étape « %1 » a déjà commencé à %2.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; already finished at %2.</source>
        <translation>L’étape « %1 » est déjà finie à %2.</translation>
    </message>
    <message>
        <source>%1 is before the step started (%2).</source>
        <translation>%1 est antérieur au début de l’étape (%2).</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has not started: start it to note something.</source>
        <translation>L’étape « %1 » n’a pas commencé : commencez-la pour noter quelque chose.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Écrivez d’abord la note.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has no time to correct.</source>
        <translation>L’étape « %1 » n’a pas d’heure à corriger.</translation>
    </message>
    <message>
        <source>Say who corrects the time.</source>
        <translation>Indiquez qui corrige l’heure.</translation>
    </message>
    <message>
        <source>Say why the time is corrected.</source>
        <translation>Indiquez pourquoi l’heure est corrigée.</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot; has not finished.</source>
        <translation>L’étape « %1 » n’est pas finie.</translation>
    </message>
    <message>
        <source>Only startedAt and finishedAt can be corrected.</source>
        <translation>Seuls startedAt et finishedAt peuvent être corrigés.</translation>
    </message>
    <message>
        <source>The corrected time is the time already recorded.</source>
        <translation>L’heure corrigée est celle déjà enregistrée.</translation>
    </message>
    <message>
        <source>A step cannot finish before it starts.</source>
        <translation>Une étape ne peut pas finir avant de commencer.</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseReport</name>
    <message>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>MANQUÉ</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas de cible</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, étape %2 : %3</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1 : %2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, étape %2</translation>
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
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Nobody has been called yet.</source>
        <translation>Personne n’a encore été appelé.</translation>
    </message>
    <message>
        <source>%1 of %2 people confirmed, %3 % within the target of %4; %5 cut off.</source>
        <translation>%1 personnes sur %2 ont confirmé, %3 % dans l’objectif de %4 ; %5 coupées.</translation>
    </message>
    <message>
        <source>Call-tree drill report — %1</source>
        <translation>Rapport d’exercice d’arbre d’appel — %1</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Arbre d’appel</translation>
    </message>
    <message>
        <source>Drill clock</source>
        <translation>Horloge de l’exercice</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Times run on the drill&apos;s clock from the declaration (pauses left out). T50, T90 and T100 are the times by which half, 90 % and all of the people who could be reached had confirmed; people found unreachable are not counted in them.</source>
        <translation>Les temps courent sur l’horloge de l’exercice depuis la déclaration (pauses exclues). T50, T90 et T100 sont les temps auxquels la moitié, 90 % et toutes les personnes joignables avaient confirmé ; les personnes injoignables n’y sont pas comptées.</translation>
    </message>
    <message>
        <source>People called</source>
        <translation>Personnes appelées</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmés</translation>
    </message>
    <message>
        <source>T50</source>
        <translation>T50</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
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
        <translation>Dans l’objectif de %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Reach times</source>
        <translation>Temps de joignabilité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Against target</source>
        <translation>Par rapport à l’objectif</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans l’objectif</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>never reached</source>
        <translation>jamais joint</translation>
    </message>
    <message>
        <source>The call tree has changed since the drill: expected times are left out.</source>
        <translation>L’arbre d’appel a changé depuis l’exercice : les temps attendus sont omis.</translation>
    </message>
    <message>
        <source>People cut off</source>
        <translation>Personnes coupées</translation>
    </message>
    <message>
        <source>Everyone called confirmed.</source>
        <translation>Toutes les personnes appelées ont confirmé.</translation>
    </message>
    <message>
        <source>Found during the drill</source>
        <translation>Constaté pendant l’exercice</translation>
    </message>
    <message>
        <source>Changes to contact details</source>
        <translation>Modifications des coordonnées</translation>
    </message>
    <message>
        <source>None were found.</source>
        <translation>Aucune constatée.</translation>
    </message>
    <message>
        <source>Measured mobilisation</source>
        <translation>Mobilisation mesurée</translation>
    </message>
    <message>
        <source>Per role, when the last of its members the drill called confirmed; measured only when all of them did.</source>
        <translation>Par rôle : quand le dernier de ses membres appelés a confirmé ; mesurée seulement si tous l’ont fait.</translation>
    </message>
    <message>
        <source>Members confirmed</source>
        <translation>Membres confirmés</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No role&apos;s members were called.</source>
        <translation>Aucun membre d’un rôle n’a été appelé.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No service was in scope.</source>
        <translation>Aucun service n’était concerné.</translation>
    </message>
    <message>
        <source>Every service in scope met its targets.</source>
        <translation>Chaque service concerné a tenu ses objectifs.</translation>
    </message>
    <message>
        <source>%1 of %2 services met their RTO target, %3 missed it; %4 met the RPO target, %5 missed it.</source>
        <translation>%1 services sur %2 ont tenu leur RTO cible, %3 l’ont manqué ; %4 ont tenu le RPO cible, %5 l’ont manqué.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>DR exercise report — %1, %2</source>
        <translation>Rapport d’exercice de reprise — %1, %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>Horloge de l’exercice</translation>
    </message>
    <message>
        <source>Runbooks tested</source>
        <translation>Procédures testées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Services in scope</source>
        <translation>Services concernés</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse pour la direction</translation>
    </message>
    <message>
        <source>%1. Runbooks tested: %2. Services in scope: %3.</source>
        <translation>%1. Procédures testées : %2. Services concernés : %3.</translation>
    </message>
    <message>
        <source>Not measured: %1.</source>
        <translation>Non mesurés : %1.</translation>
    </message>
    <message>
        <source>**Biggest gaps** against the RTO target:</source>
        <translation>**Plus grands écarts** par rapport au RTO cible :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>RTO cible</translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation>RTO mesuré</translation>
    </message>
    <message>
        <source>Over by</source>
        <translation>Dépassé de</translation>
    </message>
    <message>
        <source>Findings recorded: %1. Action items raised: %2, still open: %3.</source>
        <translation>Constats enregistrés : %1. Actions ouvertes : %2, encore ouvertes : %3.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Coupés</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>Aucun rédigé.</translation>
    </message>
    <message>
        <source>Results against targets</source>
        <translation>Résultats face aux objectifs</translation>
    </message>
    <message>
        <source>Measured RTO runs on the exercise clock from the declaration to the finish of each service&apos;s verification step (pauses left out), unless it was entered. Measured RPO is the time from the newest data that came back to the declaration, unless it was entered.</source>
        <translation>Le RTO mesuré court sur l’horloge de l’exercice, du déclenchement à la fin de l’étape de vérification de chaque service (pauses exclues), sauf s’il a été saisi. Le RPO mesuré est le temps entre les données les plus récentes récupérées et le déclenchement, sauf s’il a été saisi.</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Target RPO</source>
        <translation>RPO cible</translation>
    </message>
    <message>
        <source>Measured RPO</source>
        <translation>RPO mesuré</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>(entered)</source>
        <translation>(saisi)</translation>
    </message>
    <message>
        <source>Note on the result</source>
        <translation>Note sur le résultat</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Exercise declared: clock starts</source>
        <translation>Exercice déclenché : l’horloge démarre</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Commencé : %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Fini : %1</translation>
    </message>
    <message>
        <source>Exercise ended</source>
        <translation>Exercice terminé</translation>
    </message>
    <message>
        <source>The exercise has not been run: nothing was logged.</source>
        <translation>L’exercice n’a pas été mené : rien n’a été consigné.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>**Corrected times.** The timeline shows the corrected times; the originals as recorded are kept here.</source>
        <translation>**Heures corrigées.** La chronologie montre les heures corrigées ; les originales, telles qu’enregistrées, sont conservées ici.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Par qui, quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Runbook step</source>
        <translation>Étape de procédure</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finie</translation>
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
        <translation>non commencée</translation>
    </message>
    <message>
        <source>Steps against expected durations</source>
        <translation>Étapes face aux durées prévues</translation>
    </message>
    <message>
        <source>Findings and actions</source>
        <translation>Constats et actions</translation>
    </message>
    <message>
        <source>No findings were recorded.</source>
        <translation>Aucun constat n’a été enregistré.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Ouverte lors de</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>this exercise</source>
        <translation>cet exercice</translation>
    </message>
    <message>
        <source>No action items.</source>
        <translation>Aucune action.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Aucun participant n’a été enregistré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>By signing, the exercise coordinator confirms this record of the exercise and management accepts the results and the actions above.</source>
        <translation>Par leur signature, le coordinateur de l’exercice confirme ce compte rendu et la direction accepte les résultats et les actions ci-dessus.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Exercise coordinator</source>
        <translation>Coordinateur de l’exercice</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Responsable du service</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseResults</name>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>pas de cible</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>manqué</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseResultsView</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RTO target
(hours)</source>
        <translation>RTO cible
(heures)</translation>
    </message>
    <message>
        <source>Measured
RTO (hours)</source>
        <translation>RTO mesuré
(heures)</translation>
    </message>
    <message>
        <source>RPO target
(hours)</source>
        <translation>RPO cible
(heures)</translation>
    </message>
    <message>
        <source>Measured
RPO (hours)</source>
        <translation>RPO mesuré
(heures)</translation>
    </message>
    <message>
        <source>Data-loss
point</source>
        <translation>Point de perte
de données</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Measured RTO comes from the log (declaration to the finish of the service&apos;s verification step) unless you enter it. Measured RPO comes from the data-loss point (the newest data that came back, YYYY-MM-DD HH:MM) unless you enter it.</source>
        <translation>Le RTO mesuré vient du journal (du déclenchement à la fin de l’étape de vérification du service), sauf si vous le saisissez. Le RPO mesuré découle du point de perte de données (les données les plus récentes récupérées, AAAA-MM-JJ HH:MM), sauf si vous le saisissez.</translation>
    </message>
    <message>
        <source>Add Finding…</source>
        <translation>Ajouter un constat…</translation>
    </message>
    <message>
        <source>Remove Finding</source>
        <translation>Supprimer le constat</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>From the log: step &quot;%1&quot; of runbook &quot;%2&quot; finished. Type a value to enter it instead.</source>
        <translation>D’après le journal : l’étape « %1 » de la procédure « %2 » est finie. Saisissez une valeur pour l’imposer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours.</source>
        <translation>« %1 » n’est pas un nombre d’heures.</translation>
    </message>
    <message>
        <source>Enter measured RTO of %1</source>
        <translation>Saisir le RTO mesuré de %1</translation>
    </message>
    <message>
        <source>Enter measured RPO of %1</source>
        <translation>Saisir le RPO mesuré de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: write it as 2026-03-14 08:54.</source>
        <translation>« %1 » n’est pas une date et heure : écrivez-la sous la forme 2026-03-14 08:54.</translation>
    </message>
    <message>
        <source>Enter data-loss point of %1</source>
        <translation>Saisir le point de perte de données de %1</translation>
    </message>
    <message>
        <source>Note on the result of %1</source>
        <translation>Note sur le résultat de %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Add Finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <source>What did the exercise show?</source>
        <translation>Qu’a montré l’exercice ?</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <source>Remove finding</source>
        <translation>Supprimer le constat</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Modifier le constat</translation>
    </message>
    <message>
        <source>Measured against target RTO (hours)</source>
        <translation>Mesuré face au RTO cible (heures)</translation>
    </message>
    <message>
        <source>Measured RTO</source>
        <translation>RTO mesuré</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>RTO cible</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Measured RTO across exercises (hours)</source>
        <translation>RTO mesuré d’un exercice à l’autre (heures)</translation>
    </message>
</context>
<context>
    <name>Continuity::ExerciseStepsModel</name>
    <message>
        <source>Its finish marks the service as recovered (measured RTO).</source>
        <translation>Sa fin marque le service comme rétabli (RTO mesuré).</translation>
    </message>
    <message>
        <source>Corrected by %1 at %2 from %3: %4</source>
        <translation>Corrigé par %1 à %2, au lieu de %3 : %4</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finie</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on step &quot;%1&quot;</source>
        <translation>Note sur l’étape « %1 »</translation>
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
        <translation>Nouvel exercice…</translation>
    </message>
    <message>
        <source>Delete Exercise</source>
        <translation>Supprimer l’exercice</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Days with an exercise are bold. Pick one to open its exercise; New Exercise… plans one on the picked day.</source>
        <translation>Les jours avec un exercice sont en gras. Choisissez-en un pour ouvrir son exercice ; Nouvel exercice… en prévoit un au jour choisi.</translation>
    </message>
    <message>
        <source>The call tree this drill calls; fixed once the drill is declared</source>
        <translation>L’arbre d’appel de cet exercice ; fixé une fois l’exercice déclaré</translation>
    </message>
    <message>
        <source>Services tested besides those of the runbooks. Delete removes the selected one.</source>
        <translation>Services testés en plus de ceux des procédures. Suppr retire celui qui est choisi.</translation>
    </message>
    <message>
        <source>type a service name and press Enter to add it</source>
        <translation>tapez un nom de service et appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type into the last row to add someone; clear a name to remove them.</source>
        <translation>Écrivez dans la dernière ligne pour ajouter quelqu’un ; videz un nom pour le retirer.</translation>
    </message>
    <message>
        <source>What the exercise must show, in plain words</source>
        <translation>Ce que l’exercice doit montrer, en mots simples</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Call tree:</source>
        <translation>&amp;Arbre d’appel :</translation>
    </message>
    <message>
        <source>&amp;Runbooks:</source>
        <translation>&amp;Procédures :</translation>
    </message>
    <message>
        <source>Other &amp;services:</source>
        <translation>Autres &amp;services :</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>P&amp;articipants :</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Live Console</source>
        <translation>Console en direct</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Actions and Schedule</source>
        <translation>Actions et calendrier</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot; in the plan.</source>
        <translation>Il n’y a pas de service « %1 » dans le plan.</translation>
    </message>
    <message>
        <source>Add %1 to the exercise</source>
        <translation>Ajouter %1 à l’exercice</translation>
    </message>
    <message>
        <source>planned, date passed</source>
        <translation>prévu, date passée</translation>
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
        <translation>Aucun exercice</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>%1 (no longer in the plan)</source>
        <translation>%1 (plus dans le plan)</translation>
    </message>
    <message>
        <source>Change exercise &quot;%1&quot;</source>
        <translation>Modifier l’exercice « %1 »</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Change objectives</source>
        <translation>Modifier les objectifs</translation>
    </message>
    <message>
        <source>Change the scope of &quot;%1&quot;</source>
        <translation>Modifier le périmètre de « %1 »</translation>
    </message>
    <message>
        <source>Change participants</source>
        <translation>Modifier les participants</translation>
    </message>
    <message>
        <source>New Exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Title of the exercise:</source>
        <translation>Titre de l’exercice :</translation>
    </message>
    <message>
        <source>DR exercise</source>
        <translation>Exercice de reprise</translation>
    </message>
    <message>
        <source>Deleted the exercise; Undo brings it back.</source>
        <translation>L’exercice a été supprimé ; Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Export Exercise Report as PDF</source>
        <translation>Exporter le rapport d’exercice en PDF</translation>
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
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <comment>a name in quotation marks and its id</comment>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>%1 is tier %2, but %3 (tier %4) cannot work without it. Raise it to tier %4, or remove the hard dependency.</source>
        <translation>%1 est de niveau %2, mais %3 (niveau %4) ne peut pas fonctionner sans lui. Passez-le au niveau %4 ou supprimez la dépendance forte.</translation>
    </message>
    <message>
        <source>%1 has no tier, but %2 (tier %3) cannot work without it. Assign it tier %3 or more critical.</source>
        <translation>%1 n’a pas de niveau, mais %2 (niveau %3) ne peut pas fonctionner sans lui. Attribuez-lui le niveau %3 ou plus critique.</translation>
    </message>
    <message>
        <source>%1 has an RTO of %2, longer than the %3 of %4, which cannot work without it. Shorten its RTO to %3 or less, or make the dependency soft or redundant.</source>
        <translation>%1 a un RTO de %2, plus long que les %3 de %4, qui ne peut pas fonctionner sans lui. Ramenez son RTO à %3 ou moins, ou rendez la dépendance faible ou redondante.</translation>
    </message>
    <message>
        <source>%1 may lose %2 of data, more than the %3 that %4 can accept. Bring its RPO down to %3 or less.</source>
        <translation>%1 peut perdre %2 de données, plus que les %3 que %4 peut accepter. Ramenez son RPO à %3 ou moins.</translation>
    </message>
    <message>
        <source>%1 has an RPO target of %2 but no replication or backup, so any loss is unbounded. Set up replication or backups.</source>
        <translation>%1 a un RPO cible de %2 mais ni réplication ni sauvegarde, donc toute perte est illimitée. Mettez en place une réplication ou des sauvegardes.</translation>
    </message>
    <message>
        <source>%1 has an RPO target of %2, but its replication can only achieve %3. Replicate more often or accept a longer RPO.</source>
        <translation>%1 a un RPO cible de %2, mais sa réplication n’atteint que %3. Répliquez plus souvent ou acceptez un RPO plus long.</translation>
    </message>
    <message>
        <source>%1 carries %2, which asks for tier %3 or more critical; it is %4.</source>
        <translation>%1 porte %2, qui exige le niveau %3 ou plus critique ; il est %4.</translation>
    </message>
    <message>
        <source>not tiered</source>
        <translation>sans niveau</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>%1 carries %2, which allows at most %3 of data loss; its RPO is %4.</source>
        <translation>%1 porte %2, qui permet au plus %3 de perte de données ; son RPO est %4.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (niveau %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n targets, the most critical %1</source>
        <translation>
            <numerusform>%n cible, la plus critique %1</numerusform>
            <numerusform>%n cibles, dont les plus critiques %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Losing %1 alone takes down %2. Add redundancy for it, or record why the risk is accepted.</source>
        <translation>La perte de %1 seul fait tomber %2. Ajoutez de la redondance, ou notez pourquoi le risque est accepté.</translation>
    </message>
    <message>
        <source>%1 depend on each other in a cycle of hard dependencies, so none of them can be recovered first. Break the cycle (make one dependency soft, or plan a manual bootstrap) and write it into a runbook.</source>
        <translation>%1 dépendent les uns des autres dans un cycle de dépendances fortes : aucun ne peut être rétabli en premier. Rompez le cycle (rendez une dépendance faible ou prévoyez un démarrage manuel) et inscrivez-le dans une procédure.</translation>
    </message>
    <message>
        <source>Redundancy group &quot;%1&quot; of %2 needs %3 providers but has %4. Add providers to the group or lower its quorum.</source>
        <translation>Le groupe de redondance « %1 » de %2 exige %3 fournisseurs mais en a %4. Ajoutez des fournisseurs au groupe ou baissez son quorum.</translation>
    </message>
    <message>
        <source>%1 has no RTO target. Agree one with its owner.</source>
        <translation>%1 n’a pas de RTO cible. Convenez-en un avec son responsable.</translation>
    </message>
    <message>
        <source>%1 has an RTO target but no recovery time, so recovery analyses assume it comes back instantly. Enter how long it takes to bring back.</source>
        <translation>%1 a un RTO cible mais pas de durée de reprise : les analyses de reprise supposent qu’il revient instantanément. Indiquez combien de temps il faut pour le rétablir.</translation>
    </message>
    <message>
        <source>Tier inversion</source>
        <translation>Inversion de niveau</translation>
    </message>
    <message>
        <source>RTO inversion</source>
        <translation>Inversion de RTO</translation>
    </message>
    <message>
        <source>RPO inversion</source>
        <translation>Inversion de RPO</translation>
    </message>
    <message>
        <source>RPO not achievable</source>
        <translation>RPO inatteignable</translation>
    </message>
    <message>
        <source>Tier below regulation</source>
        <translation>Niveau inférieur à la réglementation</translation>
    </message>
    <message>
        <source>RPO beyond regulation</source>
        <translation>RPO au-delà de la réglementation</translation>
    </message>
    <message>
        <source>Missing tier</source>
        <translation>Niveau manquant</translation>
    </message>
    <message>
        <source>Missing RTO</source>
        <translation>RTO manquant</translation>
    </message>
    <message>
        <source>Missing recovery time</source>
        <translation>Durée de reprise manquante</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>Point de défaillance unique</translation>
    </message>
    <message>
        <source>Dependency cycle</source>
        <translation>Cycle de dépendances</translation>
    </message>
    <message>
        <source>Quorum larger than its group</source>
        <translation>Quorum plus grand que son groupe</translation>
    </message>
    <message>
        <source>Runbook without steps</source>
        <translation>Procédure sans étapes</translation>
    </message>
    <message>
        <source>Runbook longer than the RTO</source>
        <translation>Procédure plus longue que le RTO</translation>
    </message>
    <message>
        <source>Runbook step without duration</source>
        <translation>Étape de procédure sans durée</translation>
    </message>
    <message>
        <source>Runbook step without owner</source>
        <translation>Étape de procédure sans responsable</translation>
    </message>
    <message>
        <source>Runbook step without verification</source>
        <translation>Étape de procédure sans vérification</translation>
    </message>
    <message>
        <source>Owner not a contact</source>
        <translation>Responsable absent des contacts</translation>
    </message>
    <message>
        <source>Owner without phone</source>
        <translation>Responsable sans téléphone</translation>
    </message>
    <message>
        <source>Contact details not verified</source>
        <translation>Coordonnées non confirmées</translation>
    </message>
    <message>
        <source>Role without members</source>
        <translation>Rôle sans membres</translation>
    </message>
    <message>
        <source>Sole member of critical roles</source>
        <translation>Seul membre de rôles critiques</translation>
    </message>
    <message>
        <source>Person as single point of failure</source>
        <translation>Personne comme point de défaillance unique</translation>
    </message>
    <message>
        <source>Call tree not drilled</source>
        <translation>Arbre d’appel jamais exercé</translation>
    </message>
    <message>
        <source>Call tree slower than its target</source>
        <translation>Arbre d’appel plus lent que sa cible</translation>
    </message>
    <message>
        <source>RTO breached</source>
        <translation>RTO dépassé</translation>
    </message>
    <message>
        <source>Maximum downtime exceeded</source>
        <translation>Durée maximale d’interruption dépassée</translation>
    </message>
    <message>
        <source>RPO breached</source>
        <translation>RPO dépassé</translation>
    </message>
    <message>
        <source>RTO unrealistic</source>
        <translation>RTO irréaliste</translation>
    </message>
    <message>
        <source>Recurring incident</source>
        <translation>Incident récurrent</translation>
    </message>
    <message>
        <source>Post-mortem missing</source>
        <translation>Retour d’expérience manquant</translation>
    </message>
    <message>
        <source>Post-mortem overdue</source>
        <translation>Retour d’expérience en retard</translation>
    </message>
    <message>
        <source>Error budget exhausted</source>
        <translation>Budget d’erreur épuisé</translation>
    </message>
    <message>
        <source>SLO infeasible</source>
        <translation>SLO inatteignable</translation>
    </message>
    <message>
        <source>SLO without objective</source>
        <translation>SLO sans objectif</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>%1 owns steps of runbooks for tier 0/1 services (%2) but has no phone number in the plan. Add one, so that they can be called when it matters.</source>
        <translation>%1 est responsable d’étapes de runbooks de services de niveau 0/1 (%2) mais n’a aucun numéro de téléphone dans le plan. Ajoutez-en un pour pouvoir l’appeler le moment venu.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; owns steps of runbooks for tier 0/1 services (%2) but has no members: nobody would be called. Name at least two.</source>
        <translation>Le rôle « %1 » est responsable d’étapes de runbooks de services de niveau 0/1 (%2) mais n’a aucun membre : personne ne serait appelé. Nommez-en au moins deux.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; owns steps of runbooks for tier 0/1 services (%2) and only %3 can do it: a people single point of failure. Name an alternate.</source>
        <translation>Le rôle « %1 » est responsable d’étapes de runbooks de services de niveau 0/1 (%2) et seul·e %3 peut l’assurer : un point de défaillance unique humain. Nommez un suppléant.</translation>
    </message>
    <message>
        <source>%1 is in role &quot;%2&quot;, which owns steps of runbooks for tier 0/1 services (%3), but has no phone number in the plan.</source>
        <translation>%1 fait partie du rôle « %2 », responsable d’étapes de runbooks de services de niveau 0/1 (%3), mais n’a aucun numéro de téléphone dans le plan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the only member of %n roles that recover tier 0/1 services (%2): losing one person stops all of them.</source>
        <translation>
            <numerusform>%1 est le seul membre de %n rôle qui rétablit des services de niveau 0/1 (%2) : l’absence d’une seule personne l’arrête.</numerusform>
            <numerusform>%1 est le seul membre de %n rôles qui rétablissent des services de niveau 0/1 (%2) : l’absence d’une seule personne les arrête tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has never confirmed their contact details. Ask them, then note the date.</source>
        <translation>%1 n’a jamais confirmé ses coordonnées. Demandez-les, puis notez la date.</translation>
    </message>
    <message>
        <source>%1 last confirmed their contact details on %2, more than %3 days ago. Ask them again, then note the date.</source>
        <translation>%1 a confirmé ses coordonnées pour la dernière fois le %2, il y a plus de %3 jours. Redemandez-les, puis notez la date.</translation>
    </message>
    <message>
        <source>Call tree &quot;%1&quot; needs %2 min to reach everyone, more than its target of %3 min. Let more callers call in parallel, or agree a longer target.</source>
        <translation>L’arbre d’appel « %1 » met %2 min à joindre tout le monde, plus que son objectif de %3 min. Faites appeler davantage de personnes en parallèle ou convenez d’un objectif plus long.</translation>
    </message>
    <message>
        <source>Call tree &quot;%1&quot; has never been drilled. Run a call-tree drill from the Exercises area to learn how long it really takes.</source>
        <translation>L’arbre d’appel « %1 » n’a jamais été exercé. Lancez un exercice d’arbre d’appel depuis l’espace Exercices pour savoir combien de temps il prend vraiment.</translation>
    </message>
    <message numerus="yes">
        <source>Call tree &quot;%1&quot; was last drilled on %2, more than %n month(s) ago. Drill it again.</source>
        <translation>
            <numerusform>L’arbre d’appel « %1 » a été exercé pour la dernière fois le %2, il y a plus de %n mois. Exercez-le à nouveau.</numerusform>
            <numerusform>L’arbre d’appel « %1 » a été exercé pour la dernière fois le %2, il y a plus de %n mois. Exercez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner &quot;%1&quot; (%n time(s) in the plan) is not a known person or role. Add them under People, or choose one who is.</source>
        <translation>
            <numerusform>Le responsable « %1 » (%n fois dans le plan) n’est ni une personne ni un rôle connus. Ajoutez-le sous Personnes ou choisissez-en un connu.</numerusform>
            <numerusform>Le responsable « %1 » (%n fois dans le plan) n’est ni une personne ni un rôle connus. Ajoutez-le sous Personnes ou choisissez-en un connu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was down %2 h in %3, longer than its RTO of %4 h. Review the recovery with the incident&apos;s post-mortem.</source>
        <translation>%1 a été en panne %2 h lors de %3, plus que son RTO de %4 h. Revoyez la reprise avec le retour d’expérience de l’incident.</translation>
    </message>
    <message>
        <source>%1 was down %2 h in %3, beyond its maximum tolerable downtime of %4 h.</source>
        <translation>%1 a été en panne %2 h lors de %3, au-delà de sa durée maximale d’interruption admissible de %4 h.</translation>
    </message>
    <message>
        <source>%1 lost %2 h of data in %3, more than its RPO of %4 h.</source>
        <translation>%1 a perdu %2 h de données lors de %3, plus que son RPO de %4 h.</translation>
    </message>
    <message>
        <source>%1 had %2 outages in the last twelve months; 90 % of them lasted up to %3 h, above its RTO of %4 h. Change the target or the design.</source>
        <translation>%1 a connu %2 pannes au cours des douze derniers mois ; 90 % d’entre elles ont duré jusqu’à %3 h, plus que son RTO de %4 h. Changez l’objectif ou l’architecture.</translation>
    </message>
    <message>
        <source>%1 failed again within six months for the same kind of cause (%2): %3. Treat the cause, not the symptom.</source>
        <translation>%1 est de nouveau tombé en panne en moins de six mois pour le même type de cause (%2) : %3. Traitez la cause, pas le symptôme.</translation>
    </message>
    <message>
        <source>Incident %1 (%2, severity %3) has no post-mortem; it was due on %4.</source>
        <translation>L’incident %1 (%2, gravité %3) n’a pas de retour d’expérience ; il était attendu le %4.</translation>
    </message>
    <message>
        <source>The post-mortem of incident %1 (%2, severity %3) is not reviewed; it was due on %4.</source>
        <translation>Le retour d’expérience de l’incident %1 (%2, gravité %3) n’est pas validé ; il était attendu le %4.</translation>
    </message>
    <message>
        <source>The error budget of %1 (%2 % over %3) is used up: %4 min down against %5 min allowed.</source>
        <translation>Le budget d’erreur de %1 (%2 % sur %3) est épuisé : %4 min de panne pour %5 min admises.</translation>
    </message>
    <message>
        <source>Only emergency changes to it until %1, when the budget recovers.</source>
        <translation>Seulement des changements d’urgence jusqu’au %1, quand le budget se reconstitue.</translation>
    </message>
    <message>
        <source>%1 is predicted to be available %2 % of the time, below its SLO of %3 %.</source>
        <translation>%1 devrait être disponible %2 % du temps, moins que son SLO de %3 %.</translation>
    </message>
    <message>
        <source>A second, redundant %1 would raise it to %2 %.</source>
        <translation>Un second %1, redondant, la porterait à %2 %.</translation>
    </message>
    <message>
        <source>The SLO of %1 sets no objective and its tier has no default. Give it an objective.</source>
        <translation>Le SLO de %1 ne fixe pas d’objectif et son niveau n’en a pas par défaut. Donnez-lui un objectif.</translation>
    </message>
    <message>
        <source>Change in a freeze</source>
        <translation>Changement pendant un gel</translation>
    </message>
    <message>
        <source>Change conflict</source>
        <translation>Conflit de changements</translation>
    </message>
    <message>
        <source>Change without its controls</source>
        <translation>Changement sans ses contrôles</translation>
    </message>
    <message>
        <source>Closed change without outcome</source>
        <translation>Changement clos sans résultat</translation>
    </message>
    <message>
        <source>Backout runbook never exercised</source>
        <translation>Runbook de retour arrière jamais exercé</translation>
    </message>
    <message>
        <source>Emergency change in a freeze</source>
        <translation>Changement d’urgence pendant un gel</translation>
    </message>
    <message>
        <source>Control ineffective</source>
        <translation>Contrôle inefficace</translation>
    </message>
    <message>
        <source>Control evidence expired</source>
        <translation>Preuve du contrôle expirée</translation>
    </message>
    <message>
        <source>Exception expired</source>
        <translation>Exception expirée</translation>
    </message>
    <message>
        <source>SLO infeasible with a supplier&apos;s SLA</source>
        <translation>SLO irréalisable avec le SLA d’un fournisseur</translation>
    </message>
    <message>
        <source>SLO weaker than a commitment</source>
        <translation>SLO plus faible qu’un engagement</translation>
    </message>
    <message>
        <source>Committed RTO shorter than the RTO</source>
        <translation>RTO promis plus court que le RTO</translation>
    </message>
    <message>
        <source>Commitment without an SLO</source>
        <translation>Engagement sans SLO</translation>
    </message>
</context>
<context>
    <name>Continuity::FindingsReport</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Ce qu’il dit</translation>
    </message>
    <message>
        <source>Findings review</source>
        <translation>Revue des constats</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Comparée à %1</translation>
    </message>
    <message>
        <source>As of %4: errors %1, warnings %2, information %3.</source>
        <translation>Au %4 : erreurs %1, avertissements %2, informations %3.</translation>
    </message>
    <message>
        <source>Since the older copy: %1 new, %2 resolved, %3 still open.</source>
        <translation>Depuis la copie plus ancienne : %1 nouveaux, %2 résolus, %3 toujours ouverts.</translation>
    </message>
    <message>
        <source>New since the older copy</source>
        <translation>Nouveaux depuis la copie plus ancienne</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Rien de nouveau.</translation>
    </message>
    <message>
        <source>Resolved since the older copy</source>
        <translation>Résolus depuis la copie plus ancienne</translation>
    </message>
    <message>
        <source>Nothing resolved.</source>
        <translation>Rien de résolu.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>The plan has no findings.</source>
        <translation>Le plan n’a aucun constat.</translation>
    </message>
    <message>
        <source>What is wrong and what to do</source>
        <translation>Ce qui ne va pas et ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>toujours ouvert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>Single points of failure by target</source>
        <translation>Points de défaillance uniques par cible</translation>
    </message>
    <message>
        <source>No tier 0 or 1 process or service has a single point of failure.</source>
        <translation>Aucun processus ni service de niveau 0 ou 1 n’a de point de défaillance unique.</translation>
    </message>
    <message>
        <source>What a failure of one thing alone takes down, for every tier 0 and 1 target that has such a weakness. The full relation is in `continuity-cli analyze spof --json`.</source>
        <translation>Ce que la panne d’un seul élément fait tomber, pour chaque cible de niveau 0 et 1 qui a une telle faiblesse. La relation complète est dans `continuity-cli analyze spof --json`.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message numerus="yes">
        <source>Besides these, %n finding(s) accepted by an exception until it expires.</source>
        <translation>
            <numerusform>En outre, %n constat accepté par une exception jusqu’à son expiration.</numerusform>
            <numerusform>En outre, %n constats acceptés par une exception jusqu’à son expiration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risks (%1)</source>
        <translation>Risques acceptés (%1)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>by %1 until %2</source>
        <translation>par %1 jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>Continuity::FindingsTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>What is wrong, and what to do</source>
        <translation>Ce qui ne va pas, et que faire</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, accepté</translation>
    </message>
    <message>
        <source>%1 Accepted by exception %2 until %3.</source>
        <translation>%1 Accepté par l’exception %2 jusqu’au %3.</translation>
    </message>
</context>
<context>
    <name>Continuity::GlobalSearch</name>
    <message>
        <source>Search the Plan</source>
        <translation>Rechercher dans le plan</translation>
    </message>
    <message>
        <source>Name or id of a process, service, runbook or exercise</source>
        <translation>Nom ou identifiant d’un processus, service, procédure ou exercice</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter goes there, Esc closes.</source>
        <translation>Haut et Bas choisissent, Entrée y va, Échap ferme.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Arbre d’appel</translation>
    </message>
</context>
<context>
    <name>Continuity::GraphvizLayout</name>
    <message>
        <source>Graphviz could not lay out the map with %1%2. Check that the graphviz package is installed completely.</source>
        <translation>Graphviz n’a pas pu disposer la carte avec %1%2. Vérifiez que le paquet graphviz est installé en entier.</translation>
    </message>
</context>
<context>
    <name>Continuity::HelpDialogs</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Live console</source>
        <translation>Console en direct</translation>
    </message>
    <message>
        <source>Start the selected step</source>
        <translation>Démarrer l’étape choisie</translation>
    </message>
    <message>
        <source>Finish the selected step</source>
        <translation>Terminer l’étape choisie</translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation>Ajouter une note à la chronologie</translation>
    </message>
    <message>
        <source>Pause or resume the exercise</source>
        <translation>Mettre en pause ou reprendre l’exercice</translation>
    </message>
    <message>
        <source>Declare the start</source>
        <translation>Déclencher le début</translation>
    </message>
    <message>
        <source>Correct the selected time</source>
        <translation>Corriger l’heure choisie</translation>
    </message>
    <message>
        <source>The service chosen above is recovered</source>
        <translation>Le service choisi ci-dessus est rétabli</translation>
    </message>
    <message>
        <source>End the exercise</source>
        <translation>Terminer l’exercice</translation>
    </message>
    <message>
        <source>Call-tree drill</source>
        <translation>Exercice d’arbre d’appel</translation>
    </message>
    <message>
        <source>The selected person confirmed</source>
        <translation>La personne choisie a confirmé</translation>
    </message>
    <message>
        <source>The selected person cannot be reached</source>
        <translation>La personne choisie est injoignable</translation>
    </message>
    <message>
        <source>Not confirmed after all</source>
        <translation>Finalement non confirmé</translation>
    </message>
    <message>
        <source>Their contact details were wrong</source>
        <translation>Ses coordonnées étaient fausses</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Carte des dépendances</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Chercher un nœud</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Continuity User Guide</source>
        <translation>Guide de l’utilisateur de Continuity</translation>
    </message>
    <message>
        <source>The user guide is missing.</source>
        <translation>Le guide de l’utilisateur est absent.</translation>
    </message>
</context>
<context>
    <name>Continuity::ICalendar</name>
    <message>
        <source>Targets: %1</source>
        <translation>Cibles : %1</translation>
    </message>
    <message>
        <source>Change freeze: %1</source>
        <translation>Gel des changements : %1</translation>
    </message>
    <message>
        <source>Supplier maintenance: %1</source>
        <translation>Maintenance du fournisseur : %1</translation>
    </message>
    <message>
        <source>Maintenance window: %1</source>
        <translation>Fenêtre de maintenance : %1</translation>
    </message>
    <message>
        <source>Node: %1</source>
        <translation>Nœud : %1</translation>
    </message>
    <message>
        <source>DR exercise: %1</source>
        <translation>Exercice de reprise : %1</translation>
    </message>
    <message>
        <source>not an iCalendar file: it holds binary data</source>
        <translation>pas un fichier iCalendar : il contient des données binaires</translation>
    </message>
    <message>
        <source>not an iCalendar file: it is not UTF-8 text</source>
        <translation>pas un fichier iCalendar : ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>line %1: not an iCalendar content line (NAME:value)</source>
        <translation>ligne %1 : pas une ligne de contenu iCalendar (NOM:valeur)</translation>
    </message>
    <message>
        <source>line %1: an iCalendar file begins with BEGIN:VCALENDAR</source>
        <translation>ligne %1 : un fichier iCalendar commence par BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>line %1: END:%2 does not close BEGIN:%3</source>
        <translation>ligne %1 : END:%2 ne ferme pas BEGIN:%3</translation>
    </message>
    <message>
        <source>line %1: %2 outside BEGIN:VCALENDAR</source>
        <translation>ligne %1 : %2 hors de BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>not an iCalendar file: it is empty</source>
        <translation>pas un fichier iCalendar : il est vide</translation>
    </message>
    <message>
        <source>line %1: BEGIN:%2 is never closed</source>
        <translation>ligne %1 : BEGIN:%2 n’est jamais fermé</translation>
    </message>
    <message>
        <source>line 1: not an iCalendar file</source>
        <translation>ligne 1 : pas un fichier iCalendar</translation>
    </message>
    <message>
        <source>line %1: the event does not read: %2</source>
        <translation>ligne %1 : l’événement est illisible : %2</translation>
    </message>
    <message>
        <source>line %1: the event needs a DTSTART with a date and time in a time zone this computer knows</source>
        <translation>ligne %1 : l’événement doit avoir un DTSTART avec une date et une heure dans un fuseau que cet ordinateur connaît</translation>
    </message>
    <message>
        <source>line %1: the event&apos;s DTEND does not read</source>
        <translation>ligne %1 : le DTEND de l’événement est illisible</translation>
    </message>
    <message>
        <source>line %1: the event needs a DTEND or a DURATION</source>
        <translation>ligne %1 : l’événement doit avoir un DTEND ou une DURATION</translation>
    </message>
    <message>
        <source>line %1: %2 %3</source>
        <translation>ligne %1 : %2 %3</translation>
    </message>
    <message>
        <source>the calendar holds no events</source>
        <translation>le calendrier ne contient aucun événement</translation>
    </message>
</context>
<context>
    <name>Continuity::IncidentsPage</name>
    <message>
        <source>Incidents &amp; SLOs</source>
        <translation>Incidents et SLO</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Delete Incident</source>
        <translation>Supprimer l’incident</translation>
    </message>
    <message>
        <source>Filter by id, title or node</source>
        <translation>Filtrer par identifiant, titre ou nœud</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Retour d’expérience</translation>
    </message>
    <message>
        <source>No incident selected. New Incident records one.</source>
        <translation>Aucun incident sélectionné. « Nouvel incident » en enregistre un.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>SLOs</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>1 – critical</source>
        <translation>1 – critique</translation>
    </message>
    <message>
        <source>2 – major</source>
        <translation>2 – majeur</translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation>3 – modéré</translation>
    </message>
    <message>
        <source>4 – minor</source>
        <translation>4 – mineur</translation>
    </message>
    <message>
        <source>5 – low</source>
        <translation>5 – faible</translation>
    </message>
    <message>
        <source>Change the incident&apos;s severity</source>
        <translation>Changer la gravité de l’incident</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <source>Change the incident&apos;s status</source>
        <translation>Changer le statut de l’incident</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>Impact began:</source>
        <translation>Début de l’impact :</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Détecté :</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Pris en charge :</translation>
    </message>
    <message>
        <source>Mitigated:</source>
        <translation>Atténué :</translation>
    </message>
    <message>
        <source>Restored:</source>
        <translation>Rétabli :</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clos :</translation>
    </message>
    <message>
        <source>Clients affected:</source>
        <translation>Clients touchés :</translation>
    </message>
    <message>
        <source>Transactions affected:</source>
        <translation>Transactions touchées :</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <source>Caused by change:</source>
        <translation>Causé par le changement :</translation>
    </message>
    <message>
        <source>change number, if any</source>
        <translation>numéro de changement, le cas échéant</translation>
    </message>
    <message>
        <source>External reference:</source>
        <translation>Référence externe :</translation>
    </message>
    <message>
        <source>ticket number elsewhere</source>
        <translation>numéro de ticket dans un autre outil</translation>
    </message>
    <message>
        <source>Edit the incident&apos;s description</source>
        <translation>Modifier la description de l’incident</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Remove a row of the incident</source>
        <translation>Retirer une ligne de l’incident</translation>
    </message>
    <message>
        <source>Edit the incident</source>
        <translation>Modifier l’incident</translation>
    </message>
    <message>
        <source>Process or service:</source>
        <translation>Processus ou service :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Empty From and To: from the impact&apos;s start until restored.</source>
        <translation>« De » et « À » vides : du début de l’impact jusqu’au rétablissement.</translation>
    </message>
    <message>
        <source>Affected:</source>
        <translation>Touchés :</translation>
    </message>
    <message>
        <source>Add Node…</source>
        <translation>Ajouter un nœud…</translation>
    </message>
    <message>
        <source>Affected Node</source>
        <translation>Nœud touché</translation>
    </message>
    <message>
        <source>Add an affected node</source>
        <translation>Ajouter un nœud touché</translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation>Retirer le nœud</translation>
    </message>
    <message>
        <source>Propose from Cascade…</source>
        <translation>Proposer d’après la cascade…</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sev.</source>
        <comment>severity, abbreviated</comment>
        <translation>Grav.</translation>
    </message>
    <message>
        <source>Edit the incident: %1</source>
        <translation>Modifier l’incident : %1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Add the nodes the cascade takes down or degrades with the ones listed down, after you confirm them</source>
        <translation>Ajouter les nœuds que la cascade met en panne ou dégrade avec ceux indiqués en panne, après votre confirmation</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Hours of data lost</source>
        <translation>Heures de données perdues</translation>
    </message>
    <message>
        <source>Data lost:</source>
        <translation>Données perdues :</translation>
    </message>
    <message>
        <source>Add Data Store…</source>
        <translation>Ajouter une base de données…</translation>
    </message>
    <message>
        <source>Data Lost</source>
        <translation>Données perdues</translation>
    </message>
    <message>
        <source>Add data lost</source>
        <translation>Ajouter des données perdues</translation>
    </message>
    <message>
        <source>Remove Data Store</source>
        <translation>Retirer la base de données</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation>Facteur contributif</translation>
    </message>
    <message>
        <source>Contributing factors:</source>
        <translation>Facteurs contributifs :</translation>
    </message>
    <message>
        <source>Add Factor</source>
        <translation>Ajouter un facteur</translation>
    </message>
    <message>
        <source>Add a contributing factor</source>
        <translation>Ajouter un facteur contributif</translation>
    </message>
    <message>
        <source>Remove Factor</source>
        <translation>Retirer le facteur</translation>
    </message>
    <message>
        <source>Change the plans activated</source>
        <translation>Changer les plans activés</translation>
    </message>
    <message>
        <source>Runbooks activated:</source>
        <translation>Procédures activées :</translation>
    </message>
    <message>
        <source>This incident has no post-mortem yet. A blameless review records what happened, what went well and wrong, and the actions that follow.</source>
        <translation>Cet incident n’a pas encore de retour d’expérience. Une revue sans recherche de coupable consigne ce qui s’est passé, ce qui a bien et mal fonctionné, et les actions qui en découlent.</translation>
    </message>
    <message>
        <source>Start Post-mortem</source>
        <translation>Commencer le retour d’expérience</translation>
    </message>
    <message>
        <source>Start the post-mortem</source>
        <translation>Commencer le retour d’expérience</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Edit the post-mortem: %1</source>
        <translation>Modifier le retour d’expérience : %1</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Impact :</translation>
    </message>
    <message>
        <source>Add a row to the post-mortem</source>
        <translation>Ajouter une ligne au retour d’expérience</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove a row of the post-mortem</source>
        <translation>Retirer une ligne du retour d’expérience</translation>
    </message>
    <message>
        <source>Edit the post-mortem</source>
        <translation>Modifier le retour d’expérience</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Chronologie :</translation>
    </message>
    <message>
        <source>Add Entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>What went well:</source>
        <translation>Ce qui a bien fonctionné :</translation>
    </message>
    <message>
        <source>What went wrong:</source>
        <translation>Ce qui a mal fonctionné :</translation>
    </message>
    <message>
        <source>Where we got lucky:</source>
        <translation>Où nous avons eu de la chance :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions :</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Runbooks changed:</source>
        <translation>Procédures modifiées :</translation>
    </message>
    <message>
        <source>Add Runbook</source>
        <translation>Ajouter une procédure</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>procédure</translation>
    </message>
    <message>
        <source>Edit the post-mortem&apos;s review</source>
        <translation>Modifier la validation du retour d’expérience</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Validé par :</translation>
    </message>
    <message>
        <source>a role, by default</source>
        <translation>un rôle, par défaut</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Validé le :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>Change an affected node&apos;s state</source>
        <translation>Changer l’état d’un nœud touché</translation>
    </message>
    <message>
        <source>Change a factor&apos;s category</source>
        <translation>Changer la catégorie d’un facteur</translation>
    </message>
    <message>
        <source>once service is restored</source>
        <translation>une fois le service rétabli</translation>
    </message>
    <message>
        <source>Change an action&apos;s kind</source>
        <translation>Changer le type d’une action</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>Change an action&apos;s status</source>
        <translation>Changer le statut d’une action</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>Début de l’impact</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Clients touchés</translation>
    </message>
    <message>
        <source>Transactions affected</source>
        <translation>Transactions touchées</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Affected row %1</source>
        <translation>Nœuds touchés, ligne %1</translation>
    </message>
    <message>
        <source>Data lost row %1</source>
        <translation>Données perdues, ligne %1</translation>
    </message>
    <message>
        <source>Timeline row %1</source>
        <translation>Chronologie, ligne %1</translation>
    </message>
    <message>
        <source>%1: write a date and time as YYYY-MM-DD HH:MM, a number as digits.</source>
        <translation>%1 : écrivez une date et une heure sous la forme AAAA-MM-JJ HH:MM, un nombre en chiffres.</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Delete incident %1, &quot;%2&quot;, with its post-mortem? Undo brings it back.</source>
        <translation>Supprimer l’incident %1, « %2 », avec son retour d’expérience ? Annuler le rétablit.</translation>
    </message>
    <message>
        <source>List at least one node as down: the cascade starts from them.</source>
        <translation>Indiquez au moins un nœud en panne : la cascade part de ceux-ci.</translation>
    </message>
    <message>
        <source>Propose from Cascade</source>
        <translation>Proposer d’après la cascade</translation>
    </message>
    <message>
        <source>With the nodes listed down, the cascade also takes these down or degrades them. Tick the ones the incident affected.</source>
        <translation>Avec les nœuds indiqués en panne, la cascade met aussi ceux-ci en panne ou les dégrade. Cochez ceux que l’incident a touchés.</translation>
    </message>
    <message>
        <source>The cascade takes nothing else down: the incident lists it all.</source>
        <translation>La cascade ne met rien d’autre en panne : l’incident indique tout.</translation>
    </message>
    <message>
        <source>Add Ticked Nodes</source>
        <translation>Ajouter les nœuds cochés</translation>
    </message>
    <message>
        <source>Add the nodes the cascade proposed</source>
        <translation>Ajouter les nœuds proposés par la cascade</translation>
    </message>
    <message>
        <source>Name people when printed</source>
        <translation>Nommer les personnes à l’impression</translation>
    </message>
    <message>
        <source>Off: a person named as reviewer or action owner prints as the role they hold</source>
        <translation>Désactivé : une personne nommée comme relecteur ou responsable d’une action est imprimée sous son rôle</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Retour d’expérience %1</translation>
    </message>
    <message>
        <source>Export Post-mortem as PDF</source>
        <translation>Exporter le retour d’expérience en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Incident Policy…</source>
        <translation>Politique d’incidents…</translation>
    </message>
    <message>
        <source>When post-mortems fall due, the plan&apos;s time zone, and whether the plan is a financial entity&apos;s</source>
        <translation>Quand les retours d’expérience sont dus, le fuseau horaire du plan, et si le plan est celui d’une entité financière</translation>
    </message>
    <message>
        <source>Incident Policy</source>
        <translation>Politique d’incidents</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source> calendar days</source>
        <translation> jours calendaires</translation>
    </message>
    <message>
        <source>The plan is a financial entity&apos;s (EU DORA)</source>
        <translation>Le plan est celui d’une entité financière (DORA, UE)</translation>
    </message>
    <message>
        <source>Post-mortem due within:</source>
        <translation>Retour d’expérience dû sous :</translation>
    </message>
    <message>
        <source>For severity 1, within:</source>
        <translation>Pour la gravité 1, sous :</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Post-mortems fall due after the service is restored. Times are typed and shown, and calendar SLO windows and business days counted, in the time zone.</source>
        <translation>Les retours d’expérience sont dus après le rétablissement du service. Les heures sont saisies et affichées, les fenêtres calendaires des SLO et les jours ouvrés comptés, dans ce fuseau horaire.</translation>
    </message>
    <message>
        <source>Incident Policy Not Changed</source>
        <translation>Politique d’incidents non modifiée</translation>
    </message>
    <message>
        <source>DORA</source>
        <translation>DORA</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>What the plan knows</source>
        <translation>Ce que sait le plan</translation>
    </message>
    <message>
        <source>Copy Draft</source>
        <translation>Copier le projet</translation>
    </message>
    <message>
        <source>The initial notification draft is on the clipboard.</source>
        <translation>Le projet de notification initiale est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Classification under Delegated Regulation (EU) 2024/1772: computed where the plan knows the facts; the rest is for you to assess. Critical services are the processes of tier 0 and 1.</source>
        <translation>Classification selon le règlement délégué (UE) 2024/1772 : calculée là où le plan connaît les faits ; le reste est à évaluer par vous. Les services critiques sont les processus des niveaux 0 et 1.</translation>
    </message>
    <message>
        <source>Initial notification (draft):</source>
        <translation>Notification initiale (projet) :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>to assess</source>
        <translation>à évaluer</translation>
    </message>
    <message>
        <source>Reporting clocks (Delegated Regulation (EU) 2025/301, Art. 5): initial notification within 4 hours of classifying it as major and by %1 at the latest; intermediate report within 72 hours of that (by %2 at the latest); final report within a month of the last intermediate report (by %3 at the latest).</source>
        <translation>Délais de déclaration (règlement délégué (UE) 2025/301, art. 5) : notification initiale dans les 4 heures suivant la classification comme majeur et au plus tard le %1 ; rapport intermédiaire dans les 72 heures suivantes (au plus tard le %2) ; rapport final dans le mois suivant le dernier rapport intermédiaire (au plus tard le %3).</translation>
    </message>
    <message>
        <source>No report is due for an incident that is not major.</source>
        <translation>Aucune déclaration n’est due pour un incident non majeur.</translation>
    </message>
    <message>
        <source>Recurring with %1: together, %2</source>
        <translation>Récurrent avec %1 : ensemble, %2</translation>
    </message>
</context>
<context>
    <name>Continuity::MainWindow</name>
    <message>
        <source>Open a plan or create a new one to begin.</source>
        <translation>Ouvrez un plan ou créez-en un pour commencer.</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>Create a new, empty plan file</source>
        <translation>Créer un fichier de plan vide</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Open an existing plan file</source>
        <translation>Ouvrir un fichier de plan existant</translation>
    </message>
    <message>
        <source>Open &amp;Sample Plan</source>
        <translation>Ouvrir le plan d’&amp;exemple</translation>
    </message>
    <message>
        <source>Open a fresh copy of the bundled sample plan</source>
        <translation>Ouvrir une copie neuve du plan d’exemple fourni</translation>
    </message>
    <message>
        <source>From &amp;CMDB…</source>
        <translation>Depuis la &amp;CMDB…</translation>
    </message>
    <message>
        <source>Import services and dependencies from a ServiceNow CI and relationship export</source>
        <translation>Importer services et dépendances depuis un export ServiceNow de CI et de relations</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Copy the plan to a new file and continue working there</source>
        <translation>Copier le plan dans un nouveau fichier et continuer d’y travailler</translation>
    </message>
    <message>
        <source>Save S&amp;napshot…</source>
        <translation>Enregistrer un &amp;instantané…</translation>
    </message>
    <message>
        <source>Write a copy of the plan as it is now, and keep working on this file</source>
        <translation>Écrire une copie du plan tel qu’il est et continuer sur ce fichier</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Preview and print the report of the area shown</source>
        <translation>Afficher et imprimer le rapport de l’espace affiché</translation>
    </message>
    <message>
        <source>Export Report as &amp;PDF…</source>
        <translation>Exporter le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the report of the area shown as a PDF, in the background</source>
        <translation>Écrire le rapport de l’espace affiché en PDF, en arrière-plan</translation>
    </message>
    <message>
        <source>Export &amp;Business Continuity Plan…</source>
        <translation>Exporter le plan de &amp;continuité…</translation>
    </message>
    <message>
        <source>Write the whole plan as a business continuity plan document, PDF or OpenDocument Text</source>
        <translation>Écrire le plan entier en document de plan de continuité, PDF ou texte OpenDocument</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;Process</source>
        <translation>Ajouter un &amp;processus</translation>
    </message>
    <message>
        <source>Add a business process and type its name</source>
        <translation>Ajouter un processus métier et taper son nom</translation>
    </message>
    <message>
        <source>Remove Process</source>
        <translation>Supprimer le processus</translation>
    </message>
    <message>
        <source>Add &amp;Service</source>
        <translation>Ajouter un &amp;service</translation>
    </message>
    <message>
        <source>Add a service, site, supplier or team and edit it in the inspector</source>
        <translation>Ajouter un service, un site, un fournisseur ou une équipe et le modifier dans l’inspecteur</translation>
    </message>
    <message>
        <source>Remove Service</source>
        <translation>Supprimer le service</translation>
    </message>
    <message>
        <source>&amp;Tier Policy…</source>
        <translation>Politique de &amp;niveaux…</translation>
    </message>
    <message>
        <source>What qualifies a process for each tier</source>
        <translation>Ce qui qualifie un processus pour chaque niveau</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>La langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Larger text and rows for a projector</source>
        <translation>Texte et lignes plus grands pour un projecteur</translation>
    </message>
    <message>
        <source>&amp;About Continuity</source>
        <translation>À propos de &amp;Continuity</translation>
    </message>
    <message>
        <source>Plan &amp;JSON…</source>
        <translation>Plan &amp;JSON…</translation>
    </message>
    <message>
        <source>Replace the plan&apos;s content with a plan JSON file (one step you can undo)</source>
        <translation>Remplacer le contenu du plan par un fichier JSON de plan (une étape que vous pouvez annuler)</translation>
    </message>
    <message>
        <source>&amp;People from vCards…</source>
        <translation>&amp;Personnes depuis des vCards…</translation>
    </message>
    <message>
        <source>Add or update persons from a vCard file (matched by e-mail, then name)</source>
        <translation>Ajouter ou mettre à jour des personnes depuis un fichier vCard (rapprochées par e-mail, puis par nom)</translation>
    </message>
    <message>
        <source>&amp;Services as CSV…</source>
        <translation>&amp;Services en CSV…</translation>
    </message>
    <message>
        <source>&amp;Dependencies as CSV…</source>
        <translation>&amp;Dépendances en CSV…</translation>
    </message>
    <message>
        <source>&amp;Findings as CSV…</source>
        <translation>&amp;Constats en CSV…</translation>
    </message>
    <message>
        <source>Graph as D&amp;OT…</source>
        <translation>Graphe en D&amp;OT…</translation>
    </message>
    <message>
        <source>&amp;People as vCards…</source>
        <translation>&amp;Personnes en vCards…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Processes &amp;&amp; BIA</source>
        <translation>&amp;Processus et BIA</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>&amp;Services</translation>
    </message>
    <message>
        <source>Dependency &amp;Map</source>
        <translation>&amp;Carte des dépendances</translation>
    </message>
    <message>
        <source>&amp;Analyses</source>
        <translation>&amp;Analyses</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>P&amp;rocédures</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Exercices</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>P&amp;ersonnes</translation>
    </message>
    <message>
        <source>&amp;Incidents &amp;&amp; SLOs</source>
        <translation>&amp;Incidents et SLO</translation>
    </message>
    <message>
        <source>&amp;Search the Plan…</source>
        <translation>&amp;Rechercher dans le plan…</translation>
    </message>
    <message>
        <source>Find a process, service, runbook or exercise by name or id</source>
        <translation>Trouver un processus, un service, une procédure ou un exercice par son nom ou son identifiant</translation>
    </message>
    <message>
        <source>Continuity &amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur de Continuity</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Map &amp;Overview</source>
        <translation>&amp;Vue d’ensemble de la carte</translation>
    </message>
    <message>
        <source>A small picture of the whole map in its corner while the map is larger than the view</source>
        <translation>Une petite image de toute la carte dans son coin, tant que la carte dépasse la vue</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Processes &amp; BIA</source>
        <translation>Processus et BIA</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Carte des dépendances</translation>
    </message>
    <message>
        <source>Analyses</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Incidents &amp; SLOs</source>
        <translation>Incidents et SLO</translation>
    </message>
    <message>
        <source>Continuity</source>
        <translation>Continuity</translation>
    </message>
    <message>
        <source>Business continuity and disaster-recovery planning. Every change is written to the plan file as you make it.</source>
        <translation>Planification de la continuité d’activité et de la reprise après sinistre. Chaque modification est écrite dans le fichier du plan au fur et à mesure.</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <source>Choose what fails first: a draft runbook follows the recovery of a scenario.</source>
        <translation>Choisissez d’abord ce qui tombe en panne : une ébauche de procédure suit la reprise d’un scénario.</translation>
    </message>
    <message>
        <source>Recover from the loss of %1</source>
        <translation>Reprise après la perte de %1</translation>
    </message>
    <message>
        <source>Draft Runbook</source>
        <translation>Ébauche de procédure</translation>
    </message>
    <message numerus="yes">
        <source>Drafted &quot;%1&quot; with %n step(s); write the instructions next.</source>
        <translation>
            <numerusform>Ébauche « %1 » créée avec %n étape ; écrivez ensuite les instructions.</numerusform>
            <numerusform>Ébauche « %1 » créée avec %n étapes ; écrivez ensuite les instructions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <source>Writing the plan to its file…</source>
        <translation>Écriture du plan dans son fichier…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Import from CMDB</source>
        <translation>Importer depuis une CMDB</translation>
    </message>
    <message>
        <source>%1 — Continuity</source>
        <translation>%1 — Continuity</translation>
    </message>
    <message>
        <source>%1 [read-only] — Continuity</source>
        <translation>%1 [lecture seule] — Continuity</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>This plan is already open.</source>
        <translation>Ce plan est déjà ouvert.</translation>
    </message>
    <message>
        <source>Another plan is being opened; wait for it or cancel it.</source>
        <translation>Un autre plan est en cours d’ouverture ; attendez-le ou annulez-le.</translation>
    </message>
    <message>
        <source>Cannot Open Plan</source>
        <translation>Impossible d’ouvrir le plan</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening Plan</source>
        <translation>Ouverture du plan</translation>
    </message>
    <message>
        <source>Opening the plan was cancelled.</source>
        <translation>L’ouverture du plan a été annulée.</translation>
    </message>
    <message>
        <source>Plan Opened Read-Only</source>
        <translation>Plan ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2</source>
        <translation>%1 est ouvert en lecture seule : %2</translation>
    </message>
    <message>
        <source>Cannot Create Plan</source>
        <translation>Impossible de créer le plan</translation>
    </message>
    <message>
        <source>Cannot Open Sample Plan</source>
        <translation>Impossible d’ouvrir le plan d’exemple</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>Plan d’exemple</translation>
    </message>
    <message>
        <source>Sample plan (%1)</source>
        <translation>Plan d’exemple (%1)</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>New plan.continuity</source>
        <translation>Nouveau plan.continuity</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Enregistrer le plan sous</translation>
    </message>
    <message>
        <source>Cannot Save Plan</source>
        <translation>Impossible d’enregistrer le plan</translation>
    </message>
    <message>
        <source>Now working on %1</source>
        <translation>Vous travaillez maintenant sur %1</translation>
    </message>
    <message>
        <source>Save Snapshot</source>
        <translation>Enregistrer un instantané</translation>
    </message>
    <message>
        <source>Cannot Save Snapshot</source>
        <translation>Impossible d’enregistrer l’instantané</translation>
    </message>
    <message>
        <source>Snapshot written to %1</source>
        <translation>Instantané écrit dans %1</translation>
    </message>
    <message>
        <source>About Continuity</source>
        <translation>À propos de Continuity</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;A workbench for business continuity and disaster-recovery planning.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · Graphviz %4 · plan format %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Continuity %1&lt;/h3&gt;&lt;p&gt;Un atelier pour planifier la continuité d’activité et la reprise après sinistre.&lt;/p&gt;&lt;p&gt;Licence : GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · Graphviz %4 · format de plan %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add Process</source>
        <translation>Ajouter un processus</translation>
    </message>
    <message>
        <source>Name of the new business process:</source>
        <translation>Nom du nouveau processus métier :</translation>
    </message>
    <message>
        <source>Tier Policy Not Changed</source>
        <translation>Politique de niveaux non modifiée</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>The change could not be written to the plan file, so it was not made.

%1</source>
        <translation>La modification n’a pas pu être écrite dans le fichier du plan ; elle n’a donc pas été faite.

%1</translation>
    </message>
    <message>
        <source>Clear Recent Plans</source>
        <translation>Effacer les plans récents</translation>
    </message>
    <message>
        <source>S&amp;LOs as OpenSLO…</source>
        <translation>S&amp;LO en OpenSLO…</translation>
    </message>
    <message>
        <source>&amp;Incidents from ServiceNow…</source>
        <translation>&amp;Incidents depuis ServiceNow…</translation>
    </message>
    <message>
        <source>Add or update incidents from a ServiceNow incident export (matched by number)</source>
        <translation>Ajouter ou mettre à jour des incidents depuis un export d’incidents ServiceNow (rapprochés par numéro)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hangements</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>&amp;Supplier Maintenance Calendar…</source>
        <translation>Calendrier de maintenance d’un &amp;fournisseur…</translation>
    </message>
    <message>
        <source>Read a supplier&apos;s maintenance windows from its iCalendar file</source>
        <translation>Lire les fenêtres de maintenance d’un fournisseur depuis son fichier iCalendar</translation>
    </message>
    <message>
        <source>Change &amp;Calendar as iCalendar…</source>
        <translation>&amp;Calendrier des changements en iCalendar…</translation>
    </message>
    <message>
        <source>C&amp;hanges from ServiceNow…</source>
        <translation>C&amp;hangements depuis ServiceNow…</translation>
    </message>
    <message>
        <source>Add or update changes from a ServiceNow change_request export (matched by number)</source>
        <translation>Ajouter ou mettre à jour des changements depuis un export change_request de ServiceNow (rapprochés par numéro)</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>A&amp;udit Trail</source>
        <translation>Piste d’a&amp;udit</translation>
    </message>
    <message>
        <source>C&amp;ompliance</source>
        <translation>C&amp;onformité</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Export E&amp;xecutive Report…</source>
        <translation>Exporter le rapport de &amp;direction…</translation>
    </message>
    <message>
        <source>Availability and resilience for the board over the last twelve months, as PDF</source>
        <translation>Disponibilité et résilience des douze derniers mois pour la direction, en PDF</translation>
    </message>
    <message>
        <source>Open a plan kept on a PostgreSQL server</source>
        <translation>Ouvrir un plan conservé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open &amp;from Server…</source>
        <translation>Ouvrir depuis un ser&amp;veur…</translation>
    </message>
    <message>
        <source>The change was not written to the plan on the server, so it was not made.

%1</source>
        <translation>La modification n’a pas été écrite dans le plan sur le serveur ; elle n’a donc pas été faite.

%1</translation>
    </message>
    <message>
        <source>Pus&amp;h Back to Server…</source>
        <translation>Renvo&amp;yer au serveur…</translation>
    </message>
    <message>
        <source>Send the changes made in this file since it was taken from a server back to it</source>
        <translation>Renvoyer au serveur les modifications faites dans ce fichier depuis qu&apos;il en a été tiré</translation>
    </message>
    <message>
        <source>Cannot Push Back</source>
        <translation>Renvoi impossible</translation>
    </message>
    <message numerus="yes">
        <source>Pushed back to plan “%1”: %n change(s) written; this file now holds the server&apos;s plan.</source>
        <translation>
            <numerusform>Renvoyé au plan « %1 » : %n modification écrite ; ce fichier contient maintenant le plan du serveur.</numerusform>
            <numerusform>Renvoyé au plan « %1 » : %n modifications écrites ; ce fichier contient maintenant le plan du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push back; this file now holds the server&apos;s plan “%1”.</source>
        <translation>Rien à renvoyer ; ce fichier contient maintenant le plan « %1 » du serveur.</translation>
    </message>
    <message>
        <source>Others&apos; changes not shown</source>
        <translation>Modifications des autres non affichées</translation>
    </message>
    <message>
        <source>Others&apos; changes are shown again.</source>
        <translation>Les modifications des autres sont de nouveau affichées.</translation>
    </message>
    <message>
        <source>Others&apos; Changes Not Shown</source>
        <translation>Modifications des autres non affichées</translation>
    </message>
</context>
<context>
    <name>Continuity::MapExport</name>
    <message>
        <source>Dependency map drawn %1 · nodes shown: %2</source>
        <translation>Carte des dépendances dessinée le %1 · nœuds affichés : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Assembly plan</source>
        <translation>Plan d’assemblage</translation>
    </message>
    <message>
        <source>Page %1 · row %2 of %3, column %4 of %5</source>
        <translation>Feuille %1 · ligne %2 sur %3, colonne %4 sur %5</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>à gauche : %1</translation>
    </message>
    <message>
        <source>right: %1</source>
        <translation>à droite : %1</translation>
    </message>
    <message>
        <source>above: %1</source>
        <translation>au-dessus : %1</translation>
    </message>
    <message>
        <source>below: %1</source>
        <translation>en dessous : %1</translation>
    </message>
    <message>
        <source>Neighbours %1 · Legend and assembly plan on page 1</source>
        <translation>Feuilles voisines %1 · Légende et plan d’assemblage en page 1</translation>
    </message>
    <message numerus="yes">
        <source>Scenario: %1 failed</source>
        <translation>
            <numerusform>Scénario : %1 en panne</numerusform>
            <numerusform>Scénario : %1 en panne</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a wall print is written as a .pdf file.</source>
        <translation>%1 : une impression murale s’écrit dans un fichier .pdf.</translation>
    </message>
    <message>
        <source>A wall print has 1 to %1 pages across, not %2.</source>
        <translation>Une impression murale a de 1 à %1 feuilles en largeur, pas %2.</translation>
    </message>
    <message>
        <source>%1: the map can be written as .png, .svg or .pdf.</source>
        <translation>%1 : la carte peut être écrite en .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Dependency map exported by Continuity</source>
        <translation>Carte des dépendances exportée par Continuity</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Drawn %1 · %2 map pages follow, %3 across and %4 down, on %5 · Cut along the dashed line on the left or top of a page and lay it over its neighbour&apos;s dashed line</source>
        <translation>Dessinée le %1 · %2 feuilles de carte suivent, %3 en largeur et %4 en hauteur, en %5 · Découpez une feuille le long du pointillé à gauche ou en haut et posez-la sur le pointillé de sa voisine</translation>
    </message>
    <message>
        <source>painting failed</source>
        <translation>le dessin a échoué</translation>
    </message>
</context>
<context>
    <name>Continuity::MapGraph</name>
    <message numerus="yes">
        <source>%1 (site, %n node(s))</source>
        <translation>
            <numerusform>%1 (site, %n nœud)</numerusform>
            <numerusform>%1 (site, %n nœuds)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Continuity::MapLegend</name>
    <message>
        <source>Hard dependency</source>
        <translation>Dépendance forte</translation>
    </message>
    <message>
        <source>Soft dependency</source>
        <translation>Dépendance faible</translation>
    </message>
    <message>
        <source>Through hidden nodes</source>
        <translation>Par des nœuds masqués</translation>
    </message>
    <message>
        <source>Colour: %1</source>
        <translation>Couleur : %1</translation>
    </message>
</context>
<context>
    <name>Continuity::MapOverview</name>
    <message>
        <source>The whole map: click or drag to move the view</source>
        <translation>Toute la carte : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>Continuity::MapPage</name>
    <message>
        <source>Drag the key anywhere over the map</source>
        <translation>Faites glisser la légende n’importe où sur la carte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Lay Out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Layered (dot)</source>
        <translation>En couches (dot)</translation>
    </message>
    <message>
        <source>Processes at the top, sites and suppliers at the bottom</source>
        <translation>Processus en haut, sites et fournisseurs en bas</translation>
    </message>
    <message>
        <source>Large graph (sfdp)</source>
        <translation>Grand graphe (sfdp)</translation>
    </message>
    <message>
        <source>Cluster by Site</source>
        <translation>Regrouper par site</translation>
    </message>
    <message>
        <source>Draw the services at each site in one box (dot)</source>
        <translation>Dessiner les services de chaque site dans un cadre (dot)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Afficher toute la carte (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <source>Drag from a consumer to what it depends on to add a dependency (C)</source>
        <translation>Faites glisser d’un consommateur vers ce dont il dépend pour ajouter une dépendance (C)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Colour by </source>
        <translation>Couleur par </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Find a node (Ctrl+F)</source>
        <translation>Chercher un nœud (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Map Filters</source>
        <translation>Filtres de la carte</translation>
    </message>
    <message>
        <source>Show: </source>
        <translation>Afficher : </translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sans niveau</translation>
    </message>
    <message>
        <source>A site and everything that depends on it</source>
        <translation>Un site et tout ce qui en dépend</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Voisinage</translation>
    </message>
    <message>
        <source>Only what the selected nodes depend on and what depends on them</source>
        <translation>Seulement ce dont dépendent les nœuds choisis et ce qui dépend d’eux</translation>
    </message>
    <message>
        <source>How many steps up (consumers) and down (providers) to show</source>
        <translation>Combien de pas vers le haut (consommateurs) et vers le bas (fournisseurs) afficher</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Tout déplier</translation>
    </message>
    <message>
        <source>Select a node first, then show its neighbourhood.</source>
        <translation>Choisissez d’abord un nœud, puis affichez son voisinage.</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>There is nothing on the map to lay out.</source>
        <translation>Il n’y a rien à disposer sur la carte.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s) with %1… %2 s</source>
        <translation>
            <numerusform>Disposition de %n nœud avec %1… %2 s</numerusform>
            <numerusform>Disposition de %n nœuds avec %1… %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout cancelled; the map is as it was.</source>
        <translation>Disposition annulée ; la carte est comme avant.</translation>
    </message>
    <message>
        <source>Layout Failed</source>
        <translation>La disposition a échoué</translation>
    </message>
    <message>
        <source>Lay out the map with %1</source>
        <translation>Disposer la carte avec %1</translation>
    </message>
    <message numerus="yes">
        <source>Laid out %n node(s) with %1 in %2 s.</source>
        <translation>
            <numerusform>%n nœud disposé avec %1 en %2 s.</numerusform>
            <numerusform>%n nœuds disposés avec %1 en %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hard dependency</source>
        <translation>Dépendance forte</translation>
    </message>
    <message>
        <source>Soft dependency (degrades only)</source>
        <translation>Dépendance faible (dégradation seulement)</translation>
    </message>
    <message>
        <source>In group &quot;%1&quot; (%2 of %3)</source>
        <translation>Dans le groupe « %1 » (%2 sur %3)</translation>
    </message>
    <message>
        <source>In a New Redundancy Group…</source>
        <translation>Dans un nouveau groupe de redondance…</translation>
    </message>
    <message>
        <source>New Redundancy Group</source>
        <translation>Nouveau groupe de redondance</translation>
    </message>
    <message>
        <source>Name of the group (for example &quot;database&quot;):</source>
        <translation>Nom du groupe (par exemple « base de données ») :</translation>
    </message>
    <message>
        <source>Add Here</source>
        <translation>Ajouter ici</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Déplier</translation>
    </message>
    <message>
        <source>Fail This</source>
        <translation>Faire tomber en panne</translation>
    </message>
    <message>
        <source>Fail These</source>
        <translation>Faire tomber ceux-ci en panne</translation>
    </message>
    <message>
        <source>Show in Analyses</source>
        <translation>Afficher dans les analyses</translation>
    </message>
    <message>
        <source>Collapse Site</source>
        <translation>Replier le site</translation>
    </message>
    <message>
        <source>Collapse Group &quot;%1&quot;</source>
        <translation>Replier le groupe « %1 »</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Wall Print on %1 Pages</source>
        <translation>Impression murale sur feuilles %1</translation>
    </message>
    <message>
        <source>Names at natural size</source>
        <translation>Noms en taille réelle</translation>
    </message>
    <message>
        <source> pages</source>
        <translation> feuilles</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 pages (%2 across, %3 down) and an assembly plan; names at %4 %</source>
        <translation>%1 feuilles (%2 en largeur, %3 en hauteur) et un plan d’assemblage ; noms à %4 %</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Pages across:</source>
        <translation>Feuilles en largeur :</translation>
    </message>
    <message>
        <source>Prints:</source>
        <translation>Imprime :</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Wall Print</source>
        <translation>Impression murale</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote %1 pages and an assembly plan to %2</source>
        <translation>%1 feuilles et un plan d’assemblage écrits dans %2</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF; the arrow offers wall prints</source>
        <translation>Enregistrer la carte en PNG, SVG ou PDF ; la flèche propose les impressions murales</translation>
    </message>
    <message>
        <source>Picture (PNG, SVG, PDF)…</source>
        <translation>Image (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Wall Print on A4 Pages…</source>
        <translation>Impression murale sur feuilles A4…</translation>
    </message>
    <message>
        <source>Wall Print on A3 Pages…</source>
        <translation>Impression murale sur feuilles A3…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n nœud copié.</numerusform>
            <numerusform>%n nœuds copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hop(s)</source>
        <translation>
            <numerusform> saut</numerusform>
            <numerusform> sauts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::MapScene</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>This plan cannot be edited.</source>
        <translation>Ce plan ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nouveau processus</translation>
    </message>
    <message>
        <source>The clipboard does not hold processes or services from Continuity: %1</source>
        <translation>Le presse-papiers ne contient pas de processus ni de services de Continuity : %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is read-only; the move was not kept.</source>
        <translation>Ce plan est en lecture seule ; le déplacement n’a pas été conservé.</translation>
    </message>
    <message>
        <source>The layout does not match the map; lay it out again.</source>
        <translation>La disposition ne correspond pas à la carte ; disposez-la à nouveau.</translation>
    </message>
    <message>
        <source>This plan is read-only; the layout cannot be kept.</source>
        <translation>Ce plan est en lecture seule ; la disposition ne peut pas être conservée.</translation>
    </message>
</context>
<context>
    <name>Continuity::MapStyle</name>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sans niveau</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Failed (scenario)</source>
        <translation>En panne (scénario)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Up, redundancy lost</source>
        <translation>En service, redondance perdue</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>En service</translation>
    </message>
</context>
<context>
    <name>Continuity::NodeInspector</name>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>From the tier policy</source>
        <translation>Selon la politique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why this tier</source>
        <translation>Pourquoi ce niveau</translation>
    </message>
    <message>
        <source>MTD (hours)</source>
        <translation>MTD (heures)</translation>
    </message>
    <message>
        <source>RTO (hours)</source>
        <translation>RTO (heures)</translation>
    </message>
    <message>
        <source>RPO (hours)</source>
        <translation>RPO (heures)</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Perte par heure</translation>
    </message>
    <message>
        <source>Recovery time (hours)</source>
        <translation>Durée de reprise (heures)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>Sur site</translation>
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
        <translation>Unique</translation>
    </message>
    <message>
        <source>Active-passive</source>
        <translation>Actif-passif</translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation>Actif-actif</translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation>Multirégion</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Synchrone</translation>
    </message>
    <message>
        <source>Asynchronous, with a lag of</source>
        <translation>Asynchrone, avec un retard de</translation>
    </message>
    <message>
        <source>Backups only, every</source>
        <translation>Sauvegardes seulement, toutes les</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sans niveau</translation>
    </message>
    <message>
        <source>GDPR, PCI-DSS, …</source>
        <translation>RGPD, PCI-DSS, …</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Provider or vendor</source>
        <translation>Fournisseur ou éditeur</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Réplication</translation>
    </message>
    <message>
        <source>Regulatory tags</source>
        <translation>Étiquettes réglementaires</translation>
    </message>
    <message>
        <source>From the CMDB</source>
        <translation>Depuis la CMDB</translation>
    </message>
    <message>
        <source>Select a process or service to see and edit it here.</source>
        <translation>Choisissez un processus ou un service pour le voir et le modifier ici.</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Groupe de redondance</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Exige</translation>
    </message>
    <message>
        <source>New group, e.g. &quot;sites&quot;</source>
        <translation>Nouveau groupe, p. ex. « sites »</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Nécessaire à</translation>
    </message>
    <message>
        <source>a person or role of the plan, or a name</source>
        <translation>une personne ou un rôle du plan, ou un nom</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot; (%2)</source>
        <translation>Processus « %1 » (%2)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; (%3)</source>
        <translation>%1 « %2 » (%3)</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Remove the dependency on %1</source>
        <translation>Supprimer la dépendance envers %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Remove the group %1</source>
        <translation>Supprimer le groupe %1</translation>
    </message>
    <message>
        <source> (soft)</source>
        <translation> (faible)</translation>
    </message>
    <message>
        <source> (in its group &quot;%1&quot;)</source>
        <translation> (dans son groupe « %1 »)</translation>
    </message>
    <message>
        <source>Nothing depends on it.</source>
        <translation>Rien n’en dépend.</translation>
    </message>
    <message>
        <source>Choose what it depends on from the list.</source>
        <translation>Choisissez dans la liste ce dont il dépend.</translation>
    </message>
    <message>
        <source>measured from incidents</source>
        <translation>mesuré à partir des incidents</translation>
    </message>
    <message>
        <source>Mean time between failures, in hours; empty: measured from the incidents that listed this service</source>
        <translation>Temps moyen entre pannes, en heures ; vide : mesuré à partir des incidents qui citent ce service</translation>
    </message>
    <message>
        <source>Mean time to repair, in hours; empty: measured from the incidents that listed this service</source>
        <translation>Temps moyen de réparation, en heures ; vide : mesuré à partir des incidents qui citent ce service</translation>
    </message>
    <message>
        <source>MTBF (hours)</source>
        <translation>MTBF (heures)</translation>
    </message>
    <message>
        <source>MTTR (hours)</source>
        <translation>MTTR (heures)</translation>
    </message>
    <message>
        <source>Not a function</source>
        <translation>Pas une fonction</translation>
    </message>
    <message>
        <source>The licensed activity the process performs as a function of a financial entity (DORA&apos;s register of information); codes of the EBA taxonomy</source>
        <translation>L’activité agréée que le processus exerce comme fonction d’une entité financière (registre d’informations DORA) ; codes de la taxonomie de l’ABE</translation>
    </message>
    <message>
        <source>Licensed activity</source>
        <translation>Activité agréée</translation>
    </message>
</context>
<context>
    <name>Continuity::NodeItem</name>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Site, collapsed</source>
        <translation>Site, replié</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Groupe de redondance</translation>
    </message>
</context>
<context>
    <name>Continuity::OpenFromServerDialog</name>
    <message>
        <source>Open Plan from Server</source>
        <translation>Ouvrir un plan depuis un serveur</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur le demande</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>P&amp;lans you may open:</source>
        <translation>P&amp;lans que vous pouvez ouvrir :</translation>
    </message>
    <message>
        <source>This login may open no plan on that server.</source>
        <translation>Cet identifiant ne peut ouvrir aucun plan sur ce serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) on the server.</source>
        <translation>
            <numerusform>%n plan sur le serveur.</numerusform>
            <numerusform>%n plans sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Pla&amp;ns</source>
        <translation>Affic&amp;her les plans</translation>
    </message>
    <message>
        <source>Asking the server for its plans…</source>
        <translation>Demande des plans au serveur…</translation>
    </message>
</context>
<context>
    <name>Continuity::PeopleCards</name>
    <message>
        <source>No phone number</source>
        <translation>Aucun numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Time zone %1, local time now %2</source>
        <translation>Fuseau horaire %1, heure locale actuelle %2</translation>
    </message>
    <message>
        <source>Deputy: %1</source>
        <translation>Suppléant : %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
    <message>
        <source>Contact details never confirmed</source>
        <translation>Coordonnées jamais confirmées</translation>
    </message>
    <message numerus="yes">
        <source>Details confirmed on %1 (%n days ago)</source>
        <translation>
            <numerusform>Coordonnées confirmées le %1 (il y a %n jour)</numerusform>
            <numerusform>Coordonnées confirmées le %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Staffs %1</source>
        <translation>Compose %1</translation>
    </message>
    <message>
        <source>Nobody on call now</source>
        <translation>Personne d’astreinte en ce moment</translation>
    </message>
    <message>
        <source>On call now: %1 until %2</source>
        <translation>D’astreinte maintenant : %1 jusqu’au %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>No members</source>
        <translation>Aucun membre</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>d’astreinte</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>Assembled and working %1 h after a declaration</source>
        <translation>Mobilisé et opérationnel %1 h après une déclaration</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Escalation (the default of tier %1)</source>
        <translation>Escalade (par défaut du niveau %1)</translation>
    </message>
    <message>
        <source>after %1 min: %2</source>
        <translation>après %1 min : %2</translation>
    </message>
    <message numerus="yes">
        <source>Repeated %n more time(s)</source>
        <translation>
            <numerusform>Répétée encore %n fois</numerusform>
            <numerusform>Répétée encore %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::PeoplePage</name>
    <message>
        <source>Search people, roles and call trees</source>
        <translation>Rechercher des personnes, rôles et arbres d’appel</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Add Call Tree</source>
        <translation>Ajouter un arbre d’appel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Call trees</source>
        <translation>Arbres d’appel</translation>
    </message>
    <message>
        <source>Choose a person, a role or a call tree, or add one.</source>
        <translation>Choisissez une personne, un rôle ou un arbre d’appel, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Contact Sheet PDF…</source>
        <translation>Fiche de contacts en PDF…</translation>
    </message>
    <message>
        <source>Everyone the plan names, by what they own, with their phones and the call trees: to print and carry</source>
        <translation>Toutes les personnes du plan selon leurs responsabilités, avec leurs téléphones et les arbres d’appel : à imprimer et garder sur soi</translation>
    </message>
    <message>
        <source>People Policy…</source>
        <translation>Règles des personnes…</translation>
    </message>
    <message>
        <source>How often contacts confirm their details, whom to notify as a service&apos;s RTO runs out, and the default escalation of each tier</source>
        <translation>À quelle fréquence les contacts confirment leurs coordonnées, qui prévenir quand le RTO d’un service s’écoule, et l’escalade par défaut de chaque niveau</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Add Phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Remove Phone</source>
        <translation>Retirer le téléphone</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones :</translation>
    </message>
    <message>
        <source>(the plan&apos;s local time)</source>
        <translation>(heure locale du plan)</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
    </message>
    <message>
        <source>Deputy:</source>
        <translation>Suppléant :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Confirmed Today</source>
        <translation>Confirmé aujourd’hui</translation>
    </message>
    <message>
        <source>Details confirmed:</source>
        <translation>Coordonnées confirmées :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Team it staffs:</source>
        <translation>Équipe composée :</translation>
    </message>
    <message>
        <source>hours, e.g. 1.5</source>
        <translation>heures, p. ex. 1,5</translation>
    </message>
    <message>
        <source>Mobilisation:</source>
        <translation>Mobilisation :</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>The first is primary, the rest alternates; drag to reorder.</source>
        <translation>Le premier est titulaire, les autres suppléants ; faites glisser pour réordonner.</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation>Planning d’astreinte</translation>
    </message>
    <message>
        <source>Members take turns on call, in their order</source>
        <translation>Les membres se relaient d’astreinte, dans leur ordre</translation>
    </message>
    <message>
        <source>First handover:</source>
        <translation>Première relève :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Shift length:</source>
        <translation>Durée d’une astreinte :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Stands in</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <source>Add Override</source>
        <translation>Ajouter un remplacement</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>Retirer le remplacement</translation>
    </message>
    <message>
        <source>Overrides:</source>
        <translation>Remplacements :</translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation>Règle d’escalade</translation>
    </message>
    <message>
        <source>Escalate when nobody answers</source>
        <translation>Escalader quand personne ne répond</translation>
    </message>
    <message>
        <source>After (min)</source>
        <translation>Après (min)</translation>
    </message>
    <message>
        <source>Notify (names, comma-separated)</source>
        <translation>Prévenir (noms séparés par des virgules)</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Remove Level</source>
        <translation>Retirer le niveau</translation>
    </message>
    <message>
        <source>Repeat the whole policy:</source>
        <translation>Répéter toute la règle :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Each call takes:</source>
        <translation>Chaque appel dure :</translation>
    </message>
    <message>
        <source>Everyone reached within:</source>
        <translation>Tout le monde joint en :</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Reached after</source>
        <translation>Joint après</translation>
    </message>
    <message>
        <source>If unreachable</source>
        <translation>Si injoignable</translation>
    </message>
    <message>
        <source>Each caller rings the people under them in order; drag a row onto another to move it there.</source>
        <translation>Chaque appelant appelle dans l’ordre les personnes placées sous lui ; faites glisser une ligne sur une autre pour l’y déplacer.</translation>
    </message>
    <message>
        <source>Add Under Selected</source>
        <translation>Ajouter sous la sélection</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Person or role:</source>
        <translation>Personne ou rôle :</translation>
    </message>
    <message>
        <source>Selected one&apos;s fallback:</source>
        <translation>Remplaçant de la sélection :</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (rôle)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (role): nobody</source>
        <translation>%1 (rôle) : personne</translation>
    </message>
    <message>
        <source>%1 (role): %2</source>
        <translation>%1 (rôle) : %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Everyone is reached after %1 min: over the target of %2 min.</source>
        <translation>Tout le monde est joint après %1 min : au-delà de l’objectif de %2 min.</translation>
    </message>
    <message>
        <source>Everyone is reached after %1 min, within the target of %2 min.</source>
        <translation>Tout le monde est joint après %1 min, dans l’objectif de %2 min.</translation>
    </message>
    <message>
        <source>Mobilisation: enter a number of hours, such as %1.</source>
        <translation>Mobilisation : saisissez un nombre d’heures, par exemple %1.</translation>
    </message>
    <message>
        <source>A call tree starts with one person or role; drop the others under someone.</source>
        <translation>Un arbre d’appel commence par une seule personne ou un seul rôle ; déposez les autres sous quelqu’un.</translation>
    </message>
    <message>
        <source>People Policy Not Changed</source>
        <translation>Règles des personnes non modifiées</translation>
    </message>
    <message>
        <source>-contacts</source>
        <translation>-contacts</translation>
    </message>
    <message>
        <source>Export the Contact Sheet as PDF</source>
        <translation>Exporter la fiche de contacts en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Fiche de contacts</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>A call tree starts with a person or a role: add one first.</source>
        <translation>Un arbre d’appel commence par une personne ou un rôle : ajoutez-en d’abord un.</translation>
    </message>
    <message>
        <source>New call tree</source>
        <translation>Nouvel arbre d’appel</translation>
    </message>
</context>
<context>
    <name>Continuity::PeoplePolicyDialog</name>
    <message>
        <source>People Policy</source>
        <translation>Règles des personnes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>At % of the RTO</source>
        <translation>À % du RTO</translation>
    </message>
    <message>
        <source>Notify (names, comma-separated)</source>
        <translation>Prévenir (noms séparés par des virgules)</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Levels (minutes: names; …)</source>
        <translation>Paliers (minutes : noms ; …)</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>For example &quot;0: Incident manager; 15: Crisis team&quot;. Leave the levels empty for no default in that tier.</source>
        <translation>Par exemple « 0: Responsable d’incident; 15: Cellule de crise ». Laissez les paliers vides pour aucun défaut à ce niveau.</translation>
    </message>
    <message>
        <source>Contacts confirm their details within this period, or the plan&apos;s check names them. As a service&apos;s recovery passes a share of its RTO, the live console names whom to notify. A role without an escalation policy of its own uses its tier&apos;s.</source>
        <translation>Les contacts confirment leurs coordonnées dans ce délai, sinon la vérification du plan les cite. Quand la reprise d’un service dépasse une part de son RTO, la console en direct indique qui prévenir. Un rôle sans règle d’escalade propre utilise celle de son niveau.</translation>
    </message>
    <message>
        <source>Contact details confirmed &amp;every:</source>
        <translation>Coordonnées confirmées &amp;tous les :</translation>
    </message>
    <message>
        <source>Escalation as the &amp;RTO runs out</source>
        <translation>Escalade à mesure que le &amp;RTO s’écoule</translation>
    </message>
    <message>
        <source>Default &amp;escalation per tier</source>
        <translation>&amp;Escalade par défaut par niveau</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a percentage of the RTO.</source>
        <translation>Étape %1 : « %2 » n’est pas un pourcentage du RTO.</translation>
    </message>
    <message>
        <source>Step %1: &quot;%2&quot; is not a person or role of the plan.</source>
        <translation>Étape %1 : « %2 » n’est ni une personne ni un rôle du plan.</translation>
    </message>
    <message>
        <source>Tier %1: repeat must be a whole number.</source>
        <translation>Niveau %1 : la répétition doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Tier %1: write each level as &quot;minutes: names&quot;, levels separated by &quot;;&quot; (not &quot;%2&quot;).</source>
        <translation>Niveau %1 : écrivez chaque palier sous la forme « minutes: noms », paliers séparés par « ; » (pas « %2 »).</translation>
    </message>
    <message>
        <source>Tier %1: &quot;%2&quot; is not a person or role of the plan.</source>
        <translation>Niveau %1 : « %2 » n’est ni une personne ni un rôle du plan.</translation>
    </message>
    <message>
        <source>People policy</source>
        <translation>Règles des personnes</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanDocument</name>
    <message>
        <source>An import is being written to the plan; edit again when it has finished.</source>
        <translation>Un import est en cours d’écriture dans le plan ; modifiez de nouveau quand il sera terminé.</translation>
    </message>
    <message>
        <source>This plan is open read-only: %1</source>
        <translation>Ce plan est ouvert en lecture seule : %1</translation>
    </message>
    <message>
        <source>Process &quot;%1&quot;</source>
        <translation>Processus « %1 »</translation>
    </message>
    <message>
        <source>Add process &quot;%1&quot;</source>
        <translation>Ajouter le processus « %1 »</translation>
    </message>
    <message>
        <source>There is no process with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de processus d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Edit process &quot;%1&quot;</source>
        <translation>Modifier le processus « %1 »</translation>
    </message>
    <message>
        <source>There is no time horizon %1; the plan has %2.</source>
        <translation>Il n’y a pas d’horizon %1 ; le plan en a %2.</translation>
    </message>
    <message>
        <source>A rating must be from 0 (none) to 4 (severe).</source>
        <translation>Une évaluation doit aller de 0 (aucun) à 4 (grave).</translation>
    </message>
    <message>
        <source>Rate %1 impact of &quot;%2&quot; at %3 h: %4</source>
        <translation>Évaluer l’impact %1 de « %2 » à %3 h : %4</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot;</source>
        <translation>Service « %1 »</translation>
    </message>
    <message>
        <source>Add service &quot;%1&quot;</source>
        <translation>Ajouter le service « %1 »</translation>
    </message>
    <message>
        <source>There is no service with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de service d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Edit service &quot;%1&quot;</source>
        <translation>Modifier le service « %1 »</translation>
    </message>
    <message>
        <source>There is no process or service with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de processus ni de service d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Remove process &quot;%1&quot;</source>
        <translation>Supprimer le processus « %1 »</translation>
    </message>
    <message>
        <source>Remove service &quot;%1&quot;</source>
        <translation>Supprimer le service « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no redundancy group &quot;%2&quot;.</source>
        <translation>« %1 » n’a pas de groupe de redondance « %2 ».</translation>
    </message>
    <message>
        <source>Add dependency %1 → %2</source>
        <translation>Ajouter la dépendance %1 → %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Dependency %1 → %2</source>
        <translation>Dépendance %1 → %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not depend on &quot;%2&quot;.</source>
        <translation>« %1 » ne dépend pas de « %2 ».</translation>
    </message>
    <message>
        <source>Edit dependency %1 → %2</source>
        <translation>Modifier la dépendance %1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Remove dependency %1 → %2</source>
        <translation>Supprimer la dépendance %1 → %2</translation>
    </message>
    <message>
        <source>Add redundancy group &quot;%1&quot;</source>
        <translation>Ajouter le groupe de redondance « %1 »</translation>
    </message>
    <message>
        <source>Remove redundancy group &quot;%1&quot;</source>
        <translation>Supprimer le groupe de redondance « %1 »</translation>
    </message>
    <message>
        <source>Tier policy</source>
        <translation>Politique de niveaux</translation>
    </message>
    <message>
        <source>Change tier policy</source>
        <translation>Modifier la politique de niveaux</translation>
    </message>
    <message>
        <source>The position of &quot;%1&quot; must have finite x and y between -%2 and %2.</source>
        <translation>La position de « %1 » doit avoir des x et y finis entre -%2 et %2.</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot;: %2: %3</source>
        <translation>Procédure « %1 » : %2 : %3</translation>
    </message>
    <message>
        <source>Redundancy group &quot;%1&quot;</source>
        <translation>Groupe de redondance « %1 »</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Clear %1 of &quot;%2&quot;</source>
        <translation>Effacer %1 de « %2 »</translation>
    </message>
    <message>
        <source>Change %1 of &quot;%2&quot; to %3</source>
        <translation>Changer %1 de « %2 » en %3</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>le responsable</translation>
    </message>
    <message>
        <source>description</source>
        <translation>la description</translation>
    </message>
    <message>
        <source>the text typed</source>
        <translation>le texte saisi</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>le niveau</translation>
    </message>
    <message>
        <source>tier reason</source>
        <translation>la justification du niveau</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>le MTD</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>le RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>le RPO</translation>
    </message>
    <message>
        <source>recovery time</source>
        <translation>le temps de reprise</translation>
    </message>
    <message>
        <source>BIA reviewer</source>
        <translation>réviseur de la BIA</translation>
    </message>
    <message>
        <source>BIA review date</source>
        <translation>date de revue de la BIA</translation>
    </message>
    <message>
        <source>BIA changed since review</source>
        <translation>BIA modifiée depuis la revue</translation>
    </message>
    <message>
        <source>replication lag</source>
        <translation>retard de réplication</translation>
    </message>
    <message>
        <source>backup interval</source>
        <translation>intervalle de sauvegarde</translation>
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
        <translation>la perte par heure</translation>
    </message>
    <message>
        <source>impact ratings</source>
        <translation>les notes d’impact</translation>
    </message>
    <message>
        <source>the ratings given</source>
        <translation>les notes données</translation>
    </message>
    <message>
        <source>position</source>
        <translation>la position</translation>
    </message>
    <message>
        <source>a new place</source>
        <translation>un nouvel emplacement</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>l’environnement</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>le déploiement</translation>
    </message>
    <message>
        <source>replication</source>
        <translation>la réplication</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>les étiquettes</translation>
    </message>
    <message>
        <source>CMDB attributes</source>
        <translation>les attributs CMDB</translation>
    </message>
    <message>
        <source>the values given</source>
        <translation>les valeurs données</translation>
    </message>
    <message>
        <source>Rename plan to &quot;%1&quot;</source>
        <translation>Renommer le plan en « %1 »</translation>
    </message>
    <message>
        <source>A review needs the date it was made.</source>
        <translation>Une revue a besoin de sa date.</translation>
    </message>
    <message>
        <source>A review needs the name of who made it.</source>
        <translation>Une revue a besoin du nom de qui l’a faite.</translation>
    </message>
    <message>
        <source>Record BIA review of &quot;%1&quot;</source>
        <translation>Enregistrer la revue de la BIA de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect %1 → %2 in new group &quot;%3&quot;</source>
        <translation>Relier %1 → %2 dans le nouveau groupe « %3 »</translation>
    </message>
    <message>
        <source>The pasted nodes</source>
        <translation>Les nœuds collés</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Coller %n nœud</numerusform>
            <numerusform>Coller %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Change quorum of &quot;%1&quot; to %2</source>
        <translation>Changer le quorum de « %1 » en %2</translation>
    </message>
    <message>
        <source>People policy</source>
        <translation>Règles des personnes</translation>
    </message>
    <message>
        <source>Change people policy</source>
        <translation>Modifier les règles des personnes</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot;</source>
        <translation>Procédure « %1 »</translation>
    </message>
    <message>
        <source>There is already a runbook with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà une procédure d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Add runbook &quot;%1&quot;</source>
        <translation>Ajouter la procédure « %1 »</translation>
    </message>
    <message>
        <source>There is no runbook with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de procédure d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Say who approves the runbook.</source>
        <translation>Indiquez qui approuve la procédure.</translation>
    </message>
    <message>
        <source>A runbook without steps cannot be approved.</source>
        <translation>Une procédure sans étapes ne peut pas être approuvée.</translation>
    </message>
    <message>
        <source>Approve runbook &quot;%1&quot;</source>
        <translation>Approuver la procédure « %1 »</translation>
    </message>
    <message>
        <source>Delete runbook &quot;%1&quot;</source>
        <translation>Supprimer la procédure « %1 »</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot;: %2: %3</source>
        <translation>Exercice « %1 » : %2 : %3</translation>
    </message>
    <message>
        <source>Exercise &quot;%1&quot;</source>
        <translation>Exercice « %1 »</translation>
    </message>
    <message>
        <source>There is already an exercise with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà un exercice d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Add exercise &quot;%1&quot;</source>
        <translation>Ajouter l’exercice « %1 »</translation>
    </message>
    <message>
        <source>There is no exercise with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’exercice d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete exercise &quot;%1&quot;</source>
        <translation>Supprimer l’exercice « %1 »</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot;</source>
        <translation>Incident « %1 »</translation>
    </message>
    <message>
        <source>There is already an incident with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà un incident d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Add incident &quot;%1&quot;</source>
        <translation>Ajouter l’incident « %1 »</translation>
    </message>
    <message>
        <source>There is no incident with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’incident d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete incident &quot;%1&quot;</source>
        <translation>Supprimer l’incident « %1 »</translation>
    </message>
    <message>
        <source>The SLO of &quot;%1&quot;</source>
        <translation>Le SLO de « %1 »</translation>
    </message>
    <message>
        <source>Change the SLO of &quot;%1&quot;</source>
        <translation>Modifier le SLO de « %1 »</translation>
    </message>
    <message>
        <source>Add an SLO to &quot;%1&quot;</source>
        <translation>Ajouter un SLO à « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no SLO.</source>
        <translation>« %1 » n’a pas de SLO.</translation>
    </message>
    <message>
        <source>Remove the SLO of &quot;%1&quot;</source>
        <translation>Retirer le SLO de « %1 »</translation>
    </message>
    <message>
        <source>The incident policy</source>
        <translation>La politique d’incidents</translation>
    </message>
    <message>
        <source>Change the incident policy</source>
        <translation>Modifier la politique d’incidents</translation>
    </message>
    <message>
        <source>The CMDB mapping: %1</source>
        <translation>La correspondance CMDB : %1</translation>
    </message>
    <message>
        <source>Change the CMDB mapping</source>
        <translation>Modifier la correspondance CMDB</translation>
    </message>
    <message>
        <source>The new plan</source>
        <translation>Le nouveau plan</translation>
    </message>
    <message>
        <source>The plan could not be written.</source>
        <translation>Le plan n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>owner of %1</source>
        <translation>responsable de %1</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; of %2</source>
        <translation>étape « %1 » de %2</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>exercice %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be removed while the plan names them: %2.</source>
        <translation>%1 ne peut pas être supprimé tant que le plan le nomme : %2.</translation>
    </message>
    <message>
        <source>Person &quot;%1&quot;</source>
        <translation>Personne « %1 »</translation>
    </message>
    <message>
        <source>Add person &quot;%1&quot;</source>
        <translation>Ajouter la personne « %1 »</translation>
    </message>
    <message>
        <source>Edit person &quot;%1&quot;</source>
        <translation>Modifier la personne « %1 »</translation>
    </message>
    <message>
        <source>There is no person with the id &quot;%1&quot;.</source>
        <translation>Aucune personne n’a l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete person &quot;%1&quot;</source>
        <translation>Supprimer la personne « %1 »</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot;</source>
        <translation>Rôle « %1 »</translation>
    </message>
    <message>
        <source>Add role &quot;%1&quot;</source>
        <translation>Ajouter le rôle « %1 »</translation>
    </message>
    <message>
        <source>Edit role &quot;%1&quot;</source>
        <translation>Modifier le rôle « %1 »</translation>
    </message>
    <message>
        <source>There is no role with the id &quot;%1&quot;.</source>
        <translation>Aucun rôle n’a l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete role &quot;%1&quot;</source>
        <translation>Supprimer le rôle « %1 »</translation>
    </message>
    <message>
        <source>Call tree &quot;%1&quot;</source>
        <translation>Arbre d’appel « %1 »</translation>
    </message>
    <message>
        <source>Add call tree &quot;%1&quot;</source>
        <translation>Ajouter l’arbre d’appel « %1 »</translation>
    </message>
    <message>
        <source>Edit call tree &quot;%1&quot;</source>
        <translation>Modifier l’arbre d’appel « %1 »</translation>
    </message>
    <message>
        <source>There is no call tree with the id &quot;%1&quot;.</source>
        <translation>Aucun arbre d’appel n’a l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete call tree &quot;%1&quot;</source>
        <translation>Supprimer l’arbre d’appel « %1 »</translation>
    </message>
    <message>
        <source>Person &quot;%1&quot; would be lost.</source>
        <translation>La personne « %1 » serait perdue.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Change &quot;%1&quot;</source>
        <translation>Changement « %1 »</translation>
    </message>
    <message>
        <source>There is already a change with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà un changement avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Add change &quot;%1&quot;</source>
        <translation>Ajouter le changement « %1 »</translation>
    </message>
    <message>
        <source>There is no change with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de changement avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete change &quot;%1&quot;</source>
        <translation>Supprimer le changement « %1 »</translation>
    </message>
    <message>
        <source>Freeze window &quot;%1&quot;</source>
        <translation>Période de gel « %1 »</translation>
    </message>
    <message>
        <source>There is already a freeze window with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà une période de gel avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Add freeze window &quot;%1&quot;</source>
        <translation>Ajouter la période de gel « %1 »</translation>
    </message>
    <message>
        <source>There is no freeze window with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de période de gel avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete freeze window &quot;%1&quot;</source>
        <translation>Supprimer la période de gel « %1 »</translation>
    </message>
    <message>
        <source>Maintenance window &quot;%1&quot;</source>
        <translation>Fenêtre de maintenance « %1 »</translation>
    </message>
    <message>
        <source>There is already a maintenance window with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà une fenêtre de maintenance avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Add maintenance window &quot;%1&quot;</source>
        <translation>Ajouter la fenêtre de maintenance « %1 »</translation>
    </message>
    <message>
        <source>There is no maintenance window with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de fenêtre de maintenance avec l’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Delete maintenance window &quot;%1&quot;</source>
        <translation>Supprimer la fenêtre de maintenance « %1 »</translation>
    </message>
    <message>
        <source>The change policy</source>
        <translation>La politique des changements</translation>
    </message>
    <message>
        <source>Change the change policy</source>
        <translation>Modifier la politique des changements</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Créer le plan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Add control &quot;%1&quot;</source>
        <translation>Ajouter le contrôle « %1 »</translation>
    </message>
    <message>
        <source>Delete control &quot;%1&quot;</source>
        <translation>Supprimer le contrôle « %1 »</translation>
    </message>
    <message>
        <source>There is already a control with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà un contrôle d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>There is no control with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de contrôle d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Attach evidence &quot;%1&quot; to control &quot;%2&quot;</source>
        <translation>Joindre la preuve « %1 » au contrôle « %2 »</translation>
    </message>
    <message>
        <source>Remove evidence &quot;%1&quot;</source>
        <translation>Retirer la preuve « %1 »</translation>
    </message>
    <message>
        <source>There is already evidence with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà une preuve d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>There is no evidence with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de preuve d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Record access review of &quot;%1&quot;</source>
        <translation>Enregistrer la revue des accès de « %1 »</translation>
    </message>
    <message>
        <source>Delete access review &quot;%1&quot;</source>
        <translation>Supprimer la revue des accès « %1 »</translation>
    </message>
    <message>
        <source>There is already an access review with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà une revue des accès d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>There is no access review with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de revue des accès d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>Accept the risk of &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>Accepter le risque « %1 » sur « %2 »</translation>
    </message>
    <message>
        <source>Accept the failing control &quot;%1&quot;</source>
        <translation>Accepter le contrôle défaillant « %1 »</translation>
    </message>
    <message>
        <source>Withdraw exception &quot;%1&quot;</source>
        <translation>Retirer l’exception « %1 »</translation>
    </message>
    <message>
        <source>There is already an exception with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà une exception d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>There is no exception with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’exception d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The governance policy</source>
        <translation>La politique de gouvernance</translation>
    </message>
    <message>
        <source>Change the risk owner</source>
        <translation>Changer le propriétaire des risques</translation>
    </message>
    <message>
        <source>licensed activity</source>
        <translation>activité agréée</translation>
    </message>
    <message>
        <source>Add contract &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>Ajouter le contrat « %1 » avec « %2 »</translation>
    </message>
    <message>
        <source>Delete contract &quot;%1&quot;</source>
        <translation>Supprimer le contrat « %1 »</translation>
    </message>
    <message>
        <source>There is already a contract with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà un contrat avec l’id « %1 ».</translation>
    </message>
    <message>
        <source>There is no contract with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas de contrat avec l’id « %1 ».</translation>
    </message>
    <message>
        <source>Add the commitment to &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>Ajouter l’engagement envers « %1 » sur « %2 »</translation>
    </message>
    <message>
        <source>Delete commitment &quot;%1&quot;</source>
        <translation>Supprimer l’engagement « %1 »</translation>
    </message>
    <message>
        <source>There is already a commitment with the id &quot;%1&quot;.</source>
        <translation>Il existe déjà un engagement avec l’id « %1 ».</translation>
    </message>
    <message>
        <source>There is no commitment with the id &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’engagement avec l’id « %1 ».</translation>
    </message>
    <message>
        <source>Change the financial entity&apos;s details</source>
        <translation>Modifier les données de l’entité financière</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanFile</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Continuity plan.</source>
        <translation>%1 est un dossier, pas un plan Continuity.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a Continuity plan.</source>
        <translation>%1 est vide (0 octet) : ce n’est donc pas un plan Continuity.</translation>
    </message>
    <message>
        <source>%1 is not a Continuity plan: it is not an SQLite database.</source>
        <translation>%1 n’est pas un plan Continuity : ce n’est pas une base SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives an impossible page size (%2).</source>
        <translation>%1 est endommagé : son en-tête indique une taille de page impossible (%2).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Continuity plan.</source>
        <translation>%1 est une base SQLite, mais pas un plan Continuity.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Continuity (plan format %2; this version reads formats up to %3). Open it with a newer Continuity.</source>
        <translation>%1 a été créé par une version plus récente de Continuity (format de plan %2 ; cette version lit les formats jusqu’à %3). Ouvrez-le avec un Continuity plus récent.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no plan format version.</source>
        <translation>%1 est endommagé : il n’a pas de version de format de plan.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes of the %3 it should have). Restore it from a snapshot or a backup.</source>
        <translation>%1 est endommagé : il est tronqué (%2 octets sur les %3 attendus). Restaurez-le depuis un instantané ou une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not a whole number of pages. Restore it from a snapshot or a backup.</source>
        <translation>%1 est endommagé : sa taille n’est pas un nombre entier de pages. Restaurez-le depuis un instantané ou une sauvegarde.</translation>
    </message>
    <message>
        <source>the trigger &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>le déclencheur « %1 » de la table « %2 »</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation>la vue « %1 »</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; on table &quot;%2&quot;</source>
        <translation>l’index « %1 » de la table « %2 »</translation>
    </message>
    <message>
        <source>the virtual table &quot;%1&quot;</source>
        <translation>la table virtuelle « %1 »</translation>
    </message>
    <message>
        <source>the table &quot;%1&quot;</source>
        <translation>la table « %1 »</translation>
    </message>
    <message>
        <source>The lock file %1 named no Continuity that holds the plan; it was taken over.</source>
        <translation>Le fichier de verrou %1 ne nommait aucun Continuity détenant le plan ; il a été repris.</translation>
    </message>
    <message>
        <source>it is already open in Continuity on %1 (process %2). Close it there to edit it here.</source>
        <translation>il est déjà ouvert dans Continuity sur %1 (processus %2). Fermez-le là-bas pour le modifier ici.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>it is already open in another Continuity window.</source>
        <translation>il est déjà ouvert dans une autre fenêtre de Continuity.</translation>
    </message>
    <message>
        <source>its folder is read-only, so no lock can be taken beside it.</source>
        <translation>son dossier est en lecture seule : aucun verrou ne peut être posé à côté.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 holds a change that a program stopped in the middle of (the journal %2 beside it). It must be rolled back before the plan can be read, and that needs a file and folder that can be written: copy both files to a writable folder and open the copy.</source>
        <translation>%1 contient une modification qu’un programme a interrompue en cours de route (le journal %2 à côté). Elle doit être annulée avant de pouvoir lire le plan, ce qui exige un fichier et un dossier accessibles en écriture : copiez les deux fichiers dans un dossier accessible en écriture et ouvrez la copie.</translation>
    </message>
    <message>
        <source>%1 holds a change that a program stopped in the middle of, and it could not be rolled back: %2</source>
        <translation>%1 contient une modification qu’un programme a interrompue en cours de route, et elle n’a pas pu être annulée : %2</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 ne peut pas être vérifié : %2</translation>
    </message>
    <message>
        <source>%1 was not opened: it holds %2, which Continuity does not create. A plan file holds data only; the file is unchanged.</source>
        <translation>%1 n’a pas été ouvert : il contient un objet que Continuity ne crée pas (%2). Un fichier de plan ne contient que des données ; le fichier est inchangé.</translation>
    </message>
    <message>
        <source>%1 was not opened: %2 is not defined as Continuity defines it in plan format %3. The file is unchanged.</source>
        <translation>%1 n’a pas été ouvert : la définition de %2 diffère de celle de Continuity pour le format de plan %3. Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 of plan format %3 is missing. Restore it from a snapshot or a backup.</source>
        <translation>%1 est endommagé : il manque %2 du format de plan %3. Restaurez-le depuis un instantané ou une sauvegarde.</translation>
    </message>
    <message>
        <source>a row of %1 names a row of %2 that does not exist</source>
        <translation>une ligne de %1 désigne une ligne de %2 qui n’existe pas</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to plan format %2 (%3): %4. The file is unchanged.</source>
        <translation>%1 n’a pas pu être mis au format de plan %2 (%3) : %4. Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder is read-only.</source>
        <translation>%1 ne peut pas être créé : le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 ne peut pas être créé : %2</translation>
    </message>
    <message>
        <source>it was opened read-only.</source>
        <translation>il a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read: %2. Restore it from a snapshot or a backup.</source>
        <translation>%1 est endommagé et ne peut pas être lu : %2. Restaurez-le depuis un instantané ou une sauvegarde.</translation>
    </message>
    <message>
        <source>the file has more than one name (a hard link), so no lock can keep a second writer out. Copy it to edit it.</source>
        <translation>le fichier a plusieurs noms (un lien physique) ; aucun verrou ne peut donc écarter un second rédacteur. Copiez-le pour le modifier.</translation>
    </message>
    <message>
        <source>a value in table %1 breaks the rules of its column</source>
        <translation>une valeur de la table %1 enfreint les règles de sa colonne</translation>
    </message>
    <message>
        <source>%1 holds values Continuity does not accept, so it was not read: %2. The file is unchanged.</source>
        <translation>%1 contient des valeurs que Continuity n’accepte pas ; il n’a donc pas été lu : %2. Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Restore it from a snapshot or a backup.</source>
        <translation>%1 est endommagé : %2. Restaurez-le depuis un instantané ou une sauvegarde.</translation>
    </message>
    <message>
        <source>%1: %2 The file is unchanged.</source>
        <translation>%1 : %2 Le fichier est inchangé.</translation>
    </message>
    <message>
        <source>%1 is damaged: its plan format version cannot be read.</source>
        <translation>%1 est endommagé : sa version de format de plan est illisible.</translation>
    </message>
    <message>
        <source>%1 uses the older plan format %2 and must be upgraded to format %3 before it can be read, but %4 (%5)</source>
        <translation>%1 utilise l’ancien format de plan %2 et doit passer au format %3 avant d’être lu, mais %4 (%5)</translation>
    </message>
    <message>
        <source>A plan cannot be copied onto itself.</source>
        <translation>Un plan ne peut pas être copié sur lui-même.</translation>
    </message>
    <message>
        <source>%1 is open in Continuity; close it there first.</source>
        <translation>%1 est ouvert dans Continuity ; fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>The plan could not be written to %1: %2</source>
        <translation>Le plan n’a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing row of table %3</source>
        <translation>la ligne %1 de la table %2 renvoie à une ligne manquante de la table %3</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanJson</name>
    <message>
        <source>... and %1 more problems</source>
        <translation>... et %1 autres problèmes</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>n’est pas un champ connu</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>doit être une chaîne ou null</translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation>doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;x&quot;: 120, &quot;y&quot;: -40}</source>
        <translation>doit être un objet comme {&quot;x&quot;: 120, &quot;y&quot;: -40}</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>doit être l’une des valeurs : %1</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be an object or null</source>
        <translation>doit être un objet ou null</translation>
    </message>
    <message>
        <source>a call tree may be at most %1 levels deep</source>
        <translation>un arbre d’appel ne peut dépasser %1 niveaux</translation>
    </message>
    <message>
        <source>must be an array of up to 4 policies (tiers 0 to 3)</source>
        <translation>doit être un tableau d’au plus 4 règles (niveaux 0 à 3)</translation>
    </message>
    <message>
        <source>must be an object: the first person or role called</source>
        <translation>doit être un objet : la première personne ou le premier rôle appelé</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>must be an array of ratings 0-4, one per time horizon</source>
        <translation>doit être un tableau d’évaluations 0–4, une par horizon</translation>
    </message>
    <message>
        <source>must have one rating per time horizon (%1)</source>
        <translation>doit avoir une évaluation par horizon (%1)</translation>
    </message>
    <message>
        <source>must be an object of rating arrays per impact category</source>
        <translation>doit être un objet de tableaux d’évaluations par catégorie d’impact</translation>
    </message>
    <message>
        <source>must be an object of strings such as {&quot;sys_id&quot;: &quot;...&quot;}</source>
        <translation>doit être un objet de chaînes comme {&quot;sys_id&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>%1: must be at most 100000 characters long</source>
        <translation>%1 : doit compter au plus 100000 caractères</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1 : JSON non valide (%2)</translation>
    </message>
    <message>
        <source>%1: repeats a key of its object; a plan names each field once</source>
        <translation>%1 : répète une clé de son objet ; un plan nomme chaque champ une seule fois</translation>
    </message>
    <message>
        <source>(top level): must be a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>(niveau supérieur) : doit être un objet JSON avec &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not Continuity plan JSON</source>
        <translation>format : doit être « %1 » ; ce n’est pas du JSON de plan Continuity</translation>
    </message>
    <message>
        <source>version: must be a whole number (this Continuity reads version %1)</source>
        <translation>version : doit être un nombre entier (ce Continuity lit la version %1)</translation>
    </message>
    <message>
        <source>version: %1 was written by a newer Continuity; this version reads plan JSON version %2. Update Continuity to import it.</source>
        <translation>version : %1 a été écrit par un Continuity plus récent ; cette version lit le JSON de plan version %2. Mettez Continuity à jour pour l’importer.</translation>
    </message>
    <message>
        <source>must be a number of hours</source>
        <translation>doit être un nombre d’heures</translation>
    </message>
    <message>
        <source>must be an array of hours</source>
        <translation>doit être un tableau d’heures</translation>
    </message>
    <message>
        <source>must be a mapping object</source>
        <translation>doit être un objet de correspondance</translation>
    </message>
    <message>
        <source>not a runbook in JSON: %1</source>
        <translation>pas une procédure en JSON : %1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be an array of percentages</source>
        <translation>doit être une liste de pourcentages</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanMerge</name>
    <message>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>dépendance %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>runbook %1</source>
        <translation>runbook %1</translation>
    </message>
    <message>
        <source>exercise %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>personne %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>call tree %1</source>
        <translation>arbre d&apos;appel %1</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>SLO of %1</source>
        <translation>SLO de %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>changement %1</translation>
    </message>
    <message>
        <source>freeze %1</source>
        <translation>gel %1</translation>
    </message>
    <message>
        <source>maintenance window %1</source>
        <translation>fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>control %1</source>
        <translation>contrôle %1</translation>
    </message>
    <message>
        <source>evidence file %1</source>
        <translation>fichier de preuve %1</translation>
    </message>
    <message>
        <source>access review %1</source>
        <translation>revue d&apos;accès %1</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>exception %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>contrat %1</translation>
    </message>
    <message>
        <source>commitment %1</source>
        <translation>engagement %1</translation>
    </message>
    <message>
        <source>the tier %1 rule</source>
        <translation>la règle du tier %1</translation>
    </message>
    <message>
        <source>the regulatory rule for %1</source>
        <translation>la règle réglementaire pour %1</translation>
    </message>
    <message>
        <source>the plan&apos;s name</source>
        <translation>le nom du plan</translation>
    </message>
    <message>
        <source>the BIA horizons</source>
        <translation>les horizons du BIA</translation>
    </message>
    <message>
        <source>the BIA review interval</source>
        <translation>l&apos;intervalle de revue du BIA</translation>
    </message>
    <message>
        <source>the people policy</source>
        <translation>la politique des personnes</translation>
    </message>
    <message>
        <source>the incident policy</source>
        <translation>la politique des incidents</translation>
    </message>
    <message>
        <source>the change policy</source>
        <translation>la politique des changements</translation>
    </message>
    <message>
        <source>the governance policy</source>
        <translation>la politique de gouvernance</translation>
    </message>
    <message>
        <source>the CMDB mapping</source>
        <translation>la correspondance CMDB</translation>
    </message>
    <message>
        <source>the tier policy</source>
        <translation>la politique des tiers</translation>
    </message>
    <message>
        <source>the regulatory policy</source>
        <translation>la politique réglementaire</translation>
    </message>
    <message>
        <source>the plan&apos;s %1</source>
        <translation>%1 du plan</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>changed (%1)</source>
        <translation>modifié (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanSql</name>
    <message>
        <source>The plan file could not be written: %1</source>
        <translation>Le fichier du plan n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The plan file could not be read: %1</source>
        <translation>Le fichier du plan n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>a role&apos;s mobilisation out of range</source>
        <translation>une durée de mobilisation de rôle hors limites</translation>
    </message>
    <message>
        <source>a process without a node</source>
        <translation>un processus sans nœud</translation>
    </message>
    <message>
        <source>a BIA rating outside the plan&apos;s processes and time horizons</source>
        <translation>une note de BIA hors des processus et des horizons temporels du plan</translation>
    </message>
    <message>
        <source>a service without a node</source>
        <translation>un service sans nœud</translation>
    </message>
    <message>
        <source>service &quot;%1&quot; has a kind or replication mode Continuity does not know</source>
        <translation>le service « %1 » a un type ou un mode de réplication que Continuity ne connaît pas</translation>
    </message>
    <message>
        <source>a node that is neither a process nor a service</source>
        <translation>un nœud qui n’est ni un processus ni un service</translation>
    </message>
    <message>
        <source>a redundancy group of a node that is not in the plan, or with a quorum out of range</source>
        <translation>un groupe de redondance d’un nœud absent du plan, ou dont le quorum est hors limites</translation>
    </message>
    <message>
        <source>a dependency between nodes that are not in the plan, or of a node on itself</source>
        <translation>une dépendance entre des nœuds absents du plan, ou d’un nœud envers lui-même</translation>
    </message>
    <message>
        <source>a dependency of unknown strength</source>
        <translation>une dépendance de force inconnue</translation>
    </message>
    <message>
        <source>a dependency in a redundancy group its consumer does not have</source>
        <translation>une dépendance dans un groupe de redondance que son consommateur n’a pas</translation>
    </message>
    <message>
        <source>The plan file holds a value Continuity does not accept, so it was not read: table bia_ratings, process &quot;%1&quot;, column %2: %3.</source>
        <translation>Le fichier du plan contient une valeur que Continuity n’accepte pas ; il n’a donc pas été lu : table bia_ratings, processus « %1 », colonne %2 : %3.</translation>
    </message>
    <message>
        <source>not an impact category</source>
        <translation>n’est pas une catégorie d’impact</translation>
    </message>
    <message>
        <source>must be a time horizon from 0 to %1</source>
        <translation>doit être un horizon de temps de 0 à %1</translation>
    </message>
    <message>
        <source>An earlier version of runbook &quot;%1&quot; cannot be read: %2</source>
        <translation>Une version antérieure de la procédure « %1 » est illisible : %2</translation>
    </message>
    <message>
        <source>The plan file holds values Continuity does not accept, so it was not read: %1.</source>
        <translation>Le fichier du plan contient des valeurs que Continuity n’accepte pas ; il n’a donc pas été lu : %1.</translation>
    </message>
    <message>
        <source>The plan file holds a value Continuity does not accept, so it was not read: table %1, column %2: must be one of: %3.</source>
        <translation>Le fichier du plan contient une valeur que Continuity n’accepte pas ; il n’a donc pas été lu : table %1, colonne %2 : doit être l’une de ces valeurs : %3.</translation>
    </message>
    <message>
        <source>The plan file has no process or service with id &quot;%1&quot;.</source>
        <translation>Le fichier du plan n’a ni processus ni service d’identifiant « %1 ».</translation>
    </message>
    <message>
        <source>The plan file has no dependency of %1 on %2.</source>
        <translation>Le fichier du plan n’a pas de dépendance de %1 envers %2.</translation>
    </message>
    <message>
        <source>The plan has no runbook &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de procédure « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no exercise &quot;%1&quot;.</source>
        <translation>Le plan n’a pas d’exercice « %1 ».</translation>
    </message>
    <message>
        <source>group %1 of %2: there is no %2</source>
        <translation>groupe %1 de %2 : %2 n’existe pas</translation>
    </message>
    <message>
        <source>the dependency of %1 on %2 names a node that is not in the plan</source>
        <translation>la dépendance de %1 envers %2 nomme un nœud absent du plan</translation>
    </message>
    <message>
        <source>the dependency of %1 on %2 is in group %3, which %1 does not have</source>
        <translation>la dépendance de %1 envers %2 est dans le groupe %3, que %1 n’a pas</translation>
    </message>
    <message>
        <source>The plan file could not be written: a row of %1 refers to a row of %2 that is not there</source>
        <translation>Le fichier du plan n’a pas pu être écrit : une ligne de %1 renvoie à une ligne de %2 qui n’existe pas</translation>
    </message>
    <message>
        <source>The plan file holds a value Continuity does not accept, so it was not read: table %1: %2.</source>
        <translation>Le fichier du plan contient une valeur que Continuity n’accepte pas ; il n’a donc pas été lu : table %1 : %2.</translation>
    </message>
    <message>
        <source>the steps are not numbered 0, 1, 2, ...</source>
        <translation>les étapes ne sont pas numérotées 0, 1, 2, …</translation>
    </message>
    <message>
        <source>a tier is not 0 to 3</source>
        <translation>un niveau n’est pas entre 0 et 3</translation>
    </message>
    <message>
        <source>the levels of a tier are not 0, 1, 2, ...</source>
        <translation>les paliers d’un niveau ne sont pas 0, 1, 2, …</translation>
    </message>
    <message>
        <source>role %1 has no rota</source>
        <translation>le rôle %1 n’a pas de planning d’astreinte</translation>
    </message>
    <message>
        <source>the levels of role %1 are not 0, 1, 2, ... of an escalation policy</source>
        <translation>les niveaux du rôle %1 ne sont pas 0, 1, 2, … d’une règle d’escalade</translation>
    </message>
    <message>
        <source>the nodes of call tree %1 do not form a tree of at most %2 people and %3 levels</source>
        <translation>les nœuds de l’arbre d’appel %1 ne forment pas un arbre d’au plus %2 personnes et %3 niveaux</translation>
    </message>
    <message>
        <source>call tree %1 has no root</source>
        <translation>l’arbre d’appel %1 n’a pas de racine</translation>
    </message>
    <message>
        <source>The plan has no person &quot;%1&quot;.</source>
        <translation>Le plan ne contient aucune personne « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no role &quot;%1&quot;.</source>
        <translation>Le plan ne contient aucun rôle « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no call tree &quot;%1&quot;.</source>
        <translation>Le plan ne contient aucun arbre d’appel « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no process or service &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de processus ou service « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no incident &quot;%1&quot;.</source>
        <translation>Le plan n’a pas d’incident « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no change &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de changement « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no freeze window &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de période de gel « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no maintenance window &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de fenêtre de maintenance « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no control &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de contrôle « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no evidence file &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de fichier de preuve « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no access review &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de revue des accès « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no exception &quot;%1&quot;.</source>
        <translation>Le plan n’a pas d’exception « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no contract &quot;%1&quot;.</source>
        <translation>Le plan n’a pas de contrat « %1 ».</translation>
    </message>
    <message>
        <source>The plan has no commitment &quot;%1&quot;.</source>
        <translation>Le plan n’a pas d’engagement « %1 ».</translation>
    </message>
</context>
<context>
    <name>Continuity::PlanTransfer</name>
    <message>
        <source>Import Plan JSON</source>
        <translation>Importer un plan JSON</translation>
    </message>
    <message>
        <source>Plan JSON (*.json);;All files (*)</source>
        <translation>Plan JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cannot Import Plan JSON</source>
        <translation>Impossible d’importer le plan JSON</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Imported %1; Undo brings the plan back as it was.</source>
        <translation>%1 importé ; Annuler rétablit le plan tel qu’il était.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is larger than any plan (%2 bytes).</source>
        <translation>%1 est plus grand que tout plan (%2 octets).</translation>
    </message>
    <message>
        <source>%1 is not a plan this Continuity can import:
%2</source>
        <translation>%1 n’est pas un plan que ce Continuity peut importer :
%2</translation>
    </message>
    <message>
        <source>Import People from vCards</source>
        <translation>Importer des personnes depuis des vCards</translation>
    </message>
    <message>
        <source>vCard (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Import vCards</source>
        <translation>Impossible d’importer les vCards</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n’a pas été importé : %2</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged from %4</source>
        <translation>%1 ajoutée(s), %2 mise(s) à jour, %3 inchangée(s) depuis %4</translation>
    </message>
    <message>
        <source>Export Plan JSON</source>
        <translation>Exporter le plan en JSON</translation>
    </message>
    <message>
        <source>Plan JSON (*.json)</source>
        <translation>Plan JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Services as CSV</source>
        <translation>Exporter les services en CSV</translation>
    </message>
    <message>
        <source>-services</source>
        <translation>-services</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Dependencies as CSV</source>
        <translation>Exporter les dépendances en CSV</translation>
    </message>
    <message>
        <source>-dependencies</source>
        <translation>-dependances</translation>
    </message>
    <message>
        <source>Export Findings as CSV</source>
        <translation>Exporter les constats en CSV</translation>
    </message>
    <message>
        <source>-findings</source>
        <translation>-constats</translation>
    </message>
    <message>
        <source>Export the Graph as DOT</source>
        <translation>Exporter le graphe en DOT</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Export People as vCards</source>
        <translation>Exporter les personnes en vCards</translation>
    </message>
    <message>
        <source>-people</source>
        <translation>-personnes</translation>
    </message>
    <message>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export SLOs as OpenSLO</source>
        <translation>Exporter les SLO en OpenSLO</translation>
    </message>
    <message>
        <source>-slos</source>
        <translation>-slo</translation>
    </message>
    <message>
        <source>OpenSLO YAML (*.yaml *.yml)</source>
        <translation>YAML OpenSLO (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Import Incidents from ServiceNow</source>
        <translation>Importer des incidents depuis ServiceNow</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Import Incidents</source>
        <translation>Impossible d’importer les incidents</translation>
    </message>
    <message>
        <source>Number (matches on re-import):</source>
        <translation>Numéro (rapprochement à la réimportation) :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Priority (1 to 5):</source>
        <translation>Priorité (1 à 5) :</translation>
    </message>
    <message>
        <source>Opened (impact began):</source>
        <translation>Ouvert (début de l’impact) :</translation>
    </message>
    <message>
        <source>Resolved (restored):</source>
        <translation>Résolu (rétabli) :</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clos :</translation>
    </message>
    <message>
        <source>Configuration item (node):</source>
        <translation>Élément de configuration (nœud) :</translation>
    </message>
    <message>
        <source>Close code:</source>
        <translation>Code de clôture :</translation>
    </message>
    <message>
        <source>(not in this export)</source>
        <translation>(absent de cet export)</translation>
    </message>
    <message>
        <source>Times without an offset are in:</source>
        <translation>Les heures sans décalage sont en :</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1. Choose the column for each field; an incident imported before is updated by its number.</source>
        <translation>
            <numerusform>%n ligne dans %1. Choisissez la colonne de chaque champ ; un incident déjà importé est mis à jour par son numéro.</numerusform>
            <numerusform>%n lignes dans %1. Choisissez la colonne de chaque champ ; un incident déjà importé est mis à jour par son numéro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; nothing was imported.</source>
        <translation>« %1 » n’est pas un fuseau horaire ; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported:</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée :</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the other rows and leave these out?</source>
        <translation>Importer les autres lignes et laisser celles-ci de côté ?</translation>
    </message>
    <message>
        <source>; not in the plan: %1</source>
        <translation> ; absents du plan : %1</translation>
    </message>
    <message>
        <source>Import incidents from %1</source>
        <translation>Importer les incidents de %1</translation>
    </message>
    <message>
        <source>Cannot Import the Calendar</source>
        <translation>Impossible d’importer le calendrier</translation>
    </message>
    <message>
        <source>The plan has no supplier. Add the supplier as a service of kind Supplier first; its maintenance windows belong to it.</source>
        <translation>Le plan n’a aucun fournisseur. Ajoutez d’abord le fournisseur comme service de type Fournisseur ; ses fenêtres de maintenance lui appartiennent.</translation>
    </message>
    <message>
        <source>Import a Supplier&apos;s Maintenance Calendar</source>
        <translation>Importer le calendrier de maintenance d’un fournisseur</translation>
    </message>
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Whose maintenance calendar is it?</source>
        <translation>À qui est ce calendrier de maintenance ?</translation>
    </message>
    <message>
        <source>%1 was not imported:
%2</source>
        <translation>%1 n’a pas été importé :
%2</translation>
    </message>
    <message>
        <source>Import the maintenance calendar of %1</source>
        <translation>Importer le calendrier de maintenance de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) of %1 imported</source>
        <translation>
            <numerusform>%n fenêtre de maintenance de %1 importée</numerusform>
            <numerusform>%n fenêtres de maintenance de %1 importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the Change Calendar</source>
        <translation>Exporter le calendrier des changements</translation>
    </message>
    <message>
        <source>-calendar</source>
        <translation>-calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Import Changes from ServiceNow</source>
        <translation>Importer des changements depuis ServiceNow</translation>
    </message>
    <message>
        <source>Cannot Import Changes</source>
        <translation>Impossible d’importer les changements</translation>
    </message>
    <message>
        <source>Import the Others</source>
        <translation>Importer les autres</translation>
    </message>
    <message>
        <source>Nothing new in %1</source>
        <translation>Rien de nouveau dans %1</translation>
    </message>
    <message>
        <source>Import changes from %1</source>
        <translation>Importer les changements de %1</translation>
    </message>
    <message>
        <source>%1 changes added, %2 updated from %3</source>
        <translation>%1 changements ajoutés, %2 mis à jour depuis %3</translation>
    </message>
    <message>
        <source>Type (standard, normal, emergency):</source>
        <translation>Type (standard, normal, urgence) :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Planned start:</source>
        <translation>Début prévu :</translation>
    </message>
    <message>
        <source>Planned end:</source>
        <translation>Fin prévue :</translation>
    </message>
    <message>
        <source>Configuration item (target):</source>
        <translation>Élément de configuration (cible) :</translation>
    </message>
    <message>
        <source>Assigned to (implementer):</source>
        <translation>Attribué à (réalisation) :</translation>
    </message>
    <message>
        <source>Close code (outcome):</source>
        <translation>Code de clôture (résultat) :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Choose the column of %1 for each field; a change imported before is updated by its number, and what planners added to it stays.</source>
        <translation>Choisissez la colonne de %1 pour chaque champ ; un changement importé auparavant est mis à jour par son numéro, et ce que les planificateurs y ont ajouté est conservé.</translation>
    </message>
</context>
<context>
    <name>Continuity::PostmortemReport</name>
    <message>
        <source>a team member</source>
        <translation>un membre de l’équipe</translation>
    </message>
    <message>
        <source>down</source>
        <translation>à l’arrêt</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Retour d’expérience %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Post-mortem · severity %1 · %2</source>
        <translation>Retour d’expérience · gravité %1 · %2</translation>
    </message>
    <message>
        <source>A blameless review: it asks what in our systems and ways of working let this happen, not who. Times are in %1.</source>
        <translation>Une revue sans recherche de coupable : elle demande ce qui, dans nos systèmes et nos façons de travailler, a permis cela, et non qui. Heures en %1.</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>L’incident</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>Début de l’impact</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Délai de détection</translation>
    </message>
    <message>
        <source>Time to restore</source>
        <translation>Délai de rétablissement</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Clients touchés</translation>
    </message>
    <message>
        <source>Transactions affected</source>
        <translation>Transactions touchées</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Caused by change</source>
        <translation>Causé par le changement</translation>
    </message>
    <message>
        <source>Runbooks activated</source>
        <translation>Runbooks activés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>No affected node was recorded.</source>
        <translation>Aucun nœud touché n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nodes recorded as affected</source>
        <translation>Nœuds enregistrés comme touchés</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Down through the cascade</source>
        <translation>À l’arrêt par la cascade</translation>
    </message>
    <message>
        <source>Every node that was down because of what was recorded (a process is down while a service it needs is down, even if nobody listed it), with its downtime against its RTO.</source>
        <translation>Chaque nœud à l’arrêt du fait de ce qui a été enregistré (un processus est à l’arrêt tant qu’un service dont il a besoin l’est, même si personne ne l’a cité), avec son temps d’arrêt face à son RTO.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Down for</source>
        <translation>À l’arrêt pendant</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>%1 (breached)</source>
        <translation>%1 (dépassé)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more nodes.</source>
        <translation>
            <numerusform>… et %n autre nœud.</numerusform>
            <numerusform>… et %n autres nœuds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated loss from the processes&apos; loss per hour: **%1**.</source>
        <translation>Perte estimée d’après la perte horaire des processus : **%1**.</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Données perdues</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Retour d’expérience</translation>
    </message>
    <message>
        <source>No post-mortem has been written for this incident yet.</source>
        <translation>Aucun retour d’expérience n’a encore été rédigé pour cet incident.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>No timeline was recorded.</source>
        <translation>Aucune chronologie n’a été enregistrée.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs contributifs</translation>
    </message>
    <message>
        <source>No contributing factor was recorded.</source>
        <translation>Aucun facteur contributif n’a été enregistré.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui a mal fonctionné</translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation>Où nous avons eu de la chance</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action was raised.</source>
        <translation>Aucune action n’a été ouverte.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>faite le %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Runbooks changed</source>
        <translation>Runbooks modifiés</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Version that came out of it</source>
        <translation>Version qui en est issue</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Relu le</translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>pas encore relu</translation>
    </message>
</context>
<context>
    <name>Continuity::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The window reopens in the chosen language, on the same plan.</source>
        <translation>La fenêtre se rouvre dans la langue choisie, sur le même plan.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>As the account says</source>
        <translation>Comme dans le compte</translation>
    </message>
    <message>
        <source>Recorded in the plan&apos;s audit trail beside your login with every change you make</source>
        <translation>Inscrit dans la piste d’audit du plan à côté de votre identifiant, à chacune de vos modifications</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
</context>
<context>
    <name>Continuity::ProcessTableModel</name>
    <message>
        <source>Tier %1 · assigned</source>
        <translation>Niveau %1 · attribué</translation>
    </message>
    <message>
        <source>Tier %1 · by MTD</source>
        <translation>Niveau %1 · par la MTD</translation>
    </message>
    <message>
        <source>Tier %1 · by loss</source>
        <translation>Niveau %1 · par la perte</translation>
    </message>
    <message>
        <source>Tier %1 · default</source>
        <translation>Niveau %1 · par défaut</translation>
    </message>
    <message>
        <source>Assigned by hand: %1</source>
        <translation>Attribué à la main : %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
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
        <translation>Perte par heure</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>Continuity::ProcessesPage</name>
    <message>
        <source>Business processes (%1)</source>
        <translation>Processus métier (%1)</translation>
    </message>
</context>
<context>
    <name>Continuity::PushBackDialog</name>
    <message>
        <source>Conflicts: which version wins</source>
        <translation>Conflits : quelle version l&apos;emporte</translation>
    </message>
    <message>
        <source>Keep the &amp;server&apos;s version of each</source>
        <translation>Garder la version du &amp;serveur pour chacun</translation>
    </message>
    <message>
        <source>Use the &amp;file&apos;s version of each (replaces the server&apos;s)</source>
        <translation>Prendre la version du &amp;fichier pour chacun (remplace celle du serveur)</translation>
    </message>
    <message>
        <source>&amp;Push Back</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Push Back to Server</source>
        <translation>Renvoyer au serveur</translation>
    </message>
    <message>
        <source>%1 was taken from plan “%2” on %3 at %4. Its changes since then go back to the server; what others changed there meanwhile stays.</source>
        <translation>%1 a été tiré du plan « %2 » sur %3 le %4. Ses modifications depuis retournent au serveur ; ce que d&apos;autres y ont changé entre-temps reste.</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur le demande</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>Mot de p&amp;asse :</translation>
    </message>
    <message>
        <source>&amp;Changes and conflicts:</source>
        <translation>&amp;Modifications et conflits :</translation>
    </message>
    <message>
        <source>Comparing the file with the plan on the server…</source>
        <translation>Comparaison du fichier avec le plan du serveur…</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made in the file to write.</source>
        <translation>
            <numerusform>%n modification du fichier à écrire.</numerusform>
            <numerusform>%n modifications du fichier à écrire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed on the server since stay as they are there.</source>
        <translation>
            <numerusform>%n élément modifié depuis sur le serveur reste tel qu&apos;il y est.</numerusform>
            <numerusform>%n éléments modifiés depuis sur le serveur restent tels qu&apos;ils y sont.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in both, differently: choose which version wins.</source>
        <translation>
            <numerusform>%n élément modifié des deux côtés, différemment : choisissez quelle version l&apos;emporte.</numerusform>
            <numerusform>%n éléments modifiés des deux côtés, différemment : choisissez quelle version l&apos;emporte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write; the file will take the server&apos;s plan.</source>
        <translation>Rien à écrire ; le fichier prendra le plan du serveur.</translation>
    </message>
    <message>
        <source>Pushing back…</source>
        <translation>Renvoi en cours…</translation>
    </message>
    <message>
        <source>The plan on the server changed meanwhile; nothing was pushed. Look at the comparison again.</source>
        <translation>Le plan du serveur a changé entre-temps ; rien n&apos;a été renvoyé. Regardez à nouveau la comparaison.</translation>
    </message>
    <message>
        <source>To write: %1</source>
        <translation>À écrire : %1</translation>
    </message>
</context>
<context>
    <name>Continuity::RecoveryTableModel</name>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Processus ou service</translation>
    </message>
    <message>
        <source>Ready after</source>
        <translation>Prêt après</translation>
    </message>
    <message>
        <source>RTO target</source>
        <translation>RTO cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>never: waits on the cycle %1</source>
        <translation>jamais : attend le cycle %1</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>met</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>breached after %1</source>
        <translation>dépassé après %1</translation>
    </message>
    <message>
        <source>kept (%1)</source>
        <translation>tenu (%1)</translation>
    </message>
</context>
<context>
    <name>Continuity::Recurrence</name>
    <message>
        <source>is not a recurrence rule of RFC 5545 (such as FREQ=WEEKLY;BYDAY=SA)</source>
        <translation>n’est pas une règle de récurrence RFC 5545 (comme FREQ=WEEKLY;BYDAY=SA)</translation>
    </message>
    <message>
        <source>must repeat DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>doit se répéter DAILY, WEEKLY, MONTHLY ou YEARLY</translation>
    </message>
    <message>
        <source>must have an INTERVAL from 1 to 1000</source>
        <translation>doit avoir un INTERVAL de 1 à 1000</translation>
    </message>
</context>
<context>
    <name>Continuity::Report</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>no room for a temporary copy</source>
        <translation>pas de place pour une copie temporaire</translation>
    </message>
    <message>
        <source>the rewritten archive could not be read</source>
        <translation>l’archive réécrite n’a pas pu être lue</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
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
        <translation>Piste d’audit %1</translation>
    </message>
    <message>
        <source>the OpenDocument writer left no %1</source>
        <translation>l’écriture OpenDocument n’a laissé aucun %1</translation>
    </message>
    <message>
        <source>%1 could not be read back</source>
        <translation>%1 n’a pas pu être relu</translation>
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
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Outage lasting</source>
        <translation>Durée de l’interruption</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>Writing %1 — page %v of %m</source>
        <translation>Écriture de %1 — page %v sur %m</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>Le rapport n’a pas pu être préparé.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
</context>
<context>
    <name>Continuity::ReportPreview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimer le rapport (Ctrl+P)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller pages (Ctrl+-)</source>
        <translation>Pages plus petites (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger pages (Ctrl++)</source>
        <translation>Pages plus grandes (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>A&amp;juster à la largeur</translation>
    </message>
    <message>
        <source>Pages as wide as the window</source>
        <translation>Pages aussi larges que la fenêtre</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The report could not be prepared.</source>
        <translation>Le rapport n’a pas pu être préparé.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n page imprimée</numerusform>
            <numerusform>%n pages imprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>Printing page %v of %m</source>
        <translation>Impression de la page %v sur %m</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>L’imprimante ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>The printer stopped at page %1.</source>
        <translation>L’imprimante s’est arrêtée à la page %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
</context>
<context>
    <name>Continuity::Rules</name>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another process or service</source>
        <translation>« %1 » est déjà utilisé par un autre processus ou service</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already belongs to &quot;%2&quot;</source>
        <translation>« %1 » appartient déjà à « %2 »</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>names no process or service (&quot;%1&quot;)</source>
        <translation>ne nomme aucun processus ni service (« %1 »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot depend on itself</source>
        <translation>« %1 » ne peut pas dépendre de lui-même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already depends on &quot;%2&quot;</source>
        <translation>« %1 » dépend déjà de « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not depend on &quot;%2&quot;</source>
        <translation>« %1 » ne dépend pas de « %2 »</translation>
    </message>
    <message>
        <source>only hard dependencies can be in a redundancy group</source>
        <translation>seules les dépendances fortes peuvent être dans un groupe de redondance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no redundancy group &quot;%2&quot;</source>
        <translation>« %1 » n’a pas de groupe de redondance « %2 »</translation>
    </message>
    <message>
        <source>must be a name of 1 to %1 characters</source>
        <translation>doit être un nom de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>repeats the group &quot;%1&quot; of &quot;%2&quot;</source>
        <translation>répète le groupe « %1 » de « %2 »</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>must be from 1 to the number of providers in the group (%1)</source>
        <translation>doit être compris entre 1 et le nombre de fournisseurs du groupe (%1)</translation>
    </message>
    <message>
        <source>is required: an approved runbook names who approved it</source>
        <translation>est obligatoire : une procédure approuvée nomme qui l’a approuvée</translation>
    </message>
    <message>
        <source>names no runbook (&quot;%1&quot;)</source>
        <translation>ne nomme aucune procédure (« %1 »)</translation>
    </message>
    <message>
        <source>names no call tree (&quot;%1&quot;)</source>
        <translation>ne désigne aucun arbre d’appel (« %1 »)</translation>
    </message>
    <message>
        <source>has an SLO already (&quot;%1&quot;): a node has one</source>
        <translation>a déjà un SLO (« %1 ») : un nœud en a un seul</translation>
    </message>
    <message>
        <source>names no person (&quot;%1&quot;)</source>
        <translation>ne désigne aucune personne (« %1 »)</translation>
    </message>
    <message>
        <source>names no person or role (&quot;%1&quot;)</source>
        <translation>ne désigne aucune personne ni aucun rôle (« %1 »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another %2</source>
        <translation>« %1 » est déjà utilisé par : %2</translation>
    </message>
    <message>
        <source>names no %1 (&quot;%2&quot;)</source>
        <translation>ne désigne aucun élément de type %1 (« %2 »)</translation>
    </message>
    <message>
        <source>cannot be the person themself</source>
        <translation>ne peut pas être la personne elle-même</translation>
    </message>
    <message>
        <source>person or role</source>
        <translation>personne ou rôle</translation>
    </message>
    <message>
        <source>call tree</source>
        <translation>arbre d’appel</translation>
    </message>
    <message>
        <source>deputy of %1</source>
        <translation>suppléant de %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>call tree %1</source>
        <translation>arbre d’appel %1</translation>
    </message>
    <message>
        <source>the people policy</source>
        <translation>les règles des personnes</translation>
    </message>
    <message>
        <source>repeats the id &quot;%1&quot; of %2</source>
        <translation>répète l’identifiant « %1 » de %2</translation>
    </message>
    <message>
        <source>repeats the runbook id &quot;%1&quot;</source>
        <translation>répète l’identifiant de procédure « %1 »</translation>
    </message>
    <message>
        <source>repeats the exercise id &quot;%1&quot;</source>
        <translation>répète l’identifiant d’exercice « %1 »</translation>
    </message>
    <message>
        <source>repeats the incident id &quot;%1&quot;</source>
        <translation>répète l’identifiant d’incident « %1 »</translation>
    </message>
    <message>
        <source>repeats the person or role id &quot;%1&quot;</source>
        <translation>répète l’identifiant de personne ou de rôle « %1 »</translation>
    </message>
    <message>
        <source>repeats the call tree id &quot;%1&quot;</source>
        <translation>répète l’identifiant d’arbre d’appel « %1 »</translation>
    </message>
    <message>
        <source>names no incident (&quot;%1&quot;)</source>
        <translation>ne nomme aucun incident (« %1 »)</translation>
    </message>
    <message>
        <source>names no role (&quot;%1&quot;)</source>
        <translation>ne nomme aucun rôle (« %1 »)</translation>
    </message>
    <message>
        <source>repeats the id &quot;%1&quot;</source>
        <translation>répète l’identifiant « %1 »</translation>
    </message>
    <message>
        <source>names no requirement of the catalogue (&quot;%1&quot;)</source>
        <translation>ne désigne aucune exigence du catalogue (« %1 »)</translation>
    </message>
    <message>
        <source>names no control (&quot;%1&quot;)</source>
        <translation>ne désigne aucun contrôle (« %1 »)</translation>
    </message>
    <message>
        <source>may not accept this risk: only the owner of what it is about or a member of the plan&apos;s risk-owner role may</source>
        <translation>ne peut pas accepter ce risque : seuls le responsable de l’objet concerné ou un membre du rôle de propriétaire des risques du plan le peuvent</translation>
    </message>
    <message>
        <source>names no supplier (&quot;%1&quot;)</source>
        <translation>ne nomme aucun fournisseur (« %1 »)</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not a supplier</source>
        <translation>nomme « %1 », qui n’est pas un fournisseur</translation>
    </message>
</context>
<context>
    <name>Continuity::RunbookReport</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ébauche</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>version %1, %2</source>
        <translation>version %1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Recovery runbook</source>
        <translation>Procédure de reprise</translation>
    </message>
    <message>
        <source>Recovery runbook for %1</source>
        <translation>Procédure de reprise de %1</translation>
    </message>
    <message>
        <source>cannot be worked out: steps wait for each other in a circle</source>
        <translation>impossible à calculer : des étapes s’attendent en cercle</translation>
    </message>
    <message>
        <source>%1, within the RTO target of %2</source>
        <translation>%1, dans le RTO cible de %2</translation>
    </message>
    <message>
        <source>%1, LONGER than the RTO target of %2</source>
        <translation>%1, PLUS LONG que le RTO cible de %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>not tied to one service</source>
        <translation>lié à aucun service</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>non approuvée</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvée le</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Chemin critique</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <source>**This is a draft.** It has not been approved for use in a recovery or a test.</source>
        <translation>**Ceci est une ébauche.** Elle n’est pas approuvée pour une reprise ni pour un test.</translation>
    </message>
    <message>
        <source>**This runbook is retired.** Do not use it for a recovery.</source>
        <translation>**Cette procédure est retirée.** Ne l’utilisez pas pour une reprise.</translation>
    </message>
    <message>
        <source>Owners and contacts</source>
        <translation>Responsables et contacts</translation>
    </message>
    <message>
        <source>(no owner named)</source>
        <translation>(aucun responsable nommé)</translation>
    </message>
    <message>
        <source>%1 (on call): </source>
        <translation>%1 (d’astreinte) : </translation>
    </message>
    <message>
        <source>%1 (primary): </source>
        <translation>%1 (titulaire) : </translation>
    </message>
    <message>
        <source>no phone in the plan</source>
        <translation>aucun téléphone dans le plan</translation>
    </message>
    <message>
        <source>Owner (team or role)</source>
        <translation>Responsable (équipe ou rôle)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Name and how to reach them</source>
        <translation>Nom et moyen de contact</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>%1 must be running%2</source>
        <translation>%1 doit fonctionner%2</translation>
    </message>
    <message>
        <source>%1 should be running (soft)%2</source>
        <translation>%1 devrait fonctionner (faible)%2</translation>
    </message>
    <message>
        <source>, or enough of group %1</source>
        <translation>, ou assez du groupe %1</translation>
    </message>
    <message>
        <source>Before you start, check:</source>
        <translation>Avant de commencer, vérifiez :</translation>
    </message>
    <message>
        <source>- This copy is the current version (%1) of the runbook.</source>
        <translation>- Cet exemplaire est la version en vigueur (%1) de la procédure.</translation>
    </message>
    <message>
        <source>- Each owner above is reachable and has the access their steps need.</source>
        <translation>- Chaque responsable ci-dessus est joignable et dispose des accès nécessaires à ses étapes.</translation>
    </message>
    <message>
        <source>- A disaster or test has been declared and the time noted here: ______</source>
        <translation>- Un sinistre ou un test a été déclenché et l’heure notée ici : ______</translation>
    </message>
    <message>
        <source>Step %1 waits for nothing and can start at once.</source>
        <translation>L’étape %1 n’attend rien et peut commencer tout de suite.</translation>
    </message>
    <message>
        <source>Steps %1 wait for nothing and can start at once.</source>
        <translation>Les étapes %1 n’attendent rien et peuvent commencer tout de suite.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Verification and rollback</source>
        <translation>Vérification et retour arrière</translation>
    </message>
    <message>
        <source>After: </source>
        <translation>Après : </translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>start +%1</source>
        <translation>début +%1</translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>Vérifier : </translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <source>Rollback: </source>
        <translation>Retour arrière : </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Critical path timeline</source>
        <translation>Chronologie du chemin critique</translation>
    </message>
    <message>
        <source>The steps %1 wait for each other in a circle, so no timeline can be drawn. Fix the waits-for of these steps.</source>
        <translation>Les étapes %1 s’attendent en cercle : aucune chronologie ne peut être dessinée. Corrigez les attentes de ces étapes.</translation>
    </message>
    <message>
        <source>If every step takes its expected time, the runbook needs at least **%1** along this chain of steps.</source>
        <translation>Si chaque étape prend le temps prévu, la procédure demande au moins **%1** le long de cette chaîne d’étapes.</translation>
    </message>
    <message>
        <source>The RTO target is %1: it fits.</source>
        <translation>Le RTO cible est de %1 : cela tient.</translation>
    </message>
    <message>
        <source>The RTO target is %1: **the runbook cannot meet it** unless steps on this path get shorter or run in parallel.</source>
        <translation>Le RTO cible est de %1 : **la procédure ne peut pas le tenir** à moins que les étapes de ce chemin raccourcissent ou se fassent en parallèle.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Earlier approved versions</source>
        <translation>Versions approuvées antérieures</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Sign when the recovery or test is complete and every step above has been ticked or its problem noted. Note the time the service was verified working: ________</source>
        <translation>Signez quand la reprise ou le test est terminé et que chaque étape ci-dessus est cochée ou que son problème est noté. Notez l’heure à laquelle le service a été vérifié en état de marche : ________</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>DR coordinator</source>
        <translation>Coordinateur de la reprise</translation>
    </message>
    <message>
        <source>Service owner</source>
        <translation>Responsable du service</translation>
    </message>
    <message>
        <source>Runbook approver</source>
        <translation>Approbateur de la procédure</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Continuity::RunbookStepsModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>No owner: name the team or role that does this step.</source>
        <translation>Pas de responsable : nommez l’équipe ou le rôle qui fait cette étape.</translation>
    </message>
    <message>
        <source>No verification: say how to check that this step worked.</source>
        <translation>Pas de vérification : dites comment vérifier que cette étape a réussi.</translation>
    </message>
    <message>
        <source>Step numbers this step waits for, separated by commas.</source>
        <translation>Numéros des étapes que cette étape attend, séparés par des virgules.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of hours.</source>
        <translation>« %1 » n’est pas un nombre d’heures.</translation>
    </message>
    <message>
        <source>Edit step %1 of &quot;%2&quot;</source>
        <translation>Modifier l’étape %1 de « %2 »</translation>
    </message>
    <message>
        <source>Move step %1 of &quot;%2&quot; to %3</source>
        <translation>Déplacer l’étape %1 de « %2 » en %3</translation>
    </message>
    <message>
        <source>Add step to &quot;%1&quot;</source>
        <translation>Ajouter une étape à « %1 »</translation>
    </message>
    <message>
        <source>Delete step %1 of &quot;%2&quot;</source>
        <translation>Supprimer l’étape %1 de « %2 »</translation>
    </message>
</context>
<context>
    <name>Continuity::Runbooks</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocked: these depend on each other in a circle and none can start first: %1. Decide which comes back first (a manual bootstrap) and write it here.</source>
        <translation>Bloqué : ils dépendent les uns des autres en cercle et aucun ne peut commencer en premier : %1. Décidez lequel revient d’abord (démarrage manuel) et écrivez-le ici.</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot; has no steps yet. Add the steps, or draft them from a recovery analysis.</source>
        <translation>La procédure « %1 » n’a pas encore d’étapes. Ajoutez-les, ou tirez-en une ébauche d’une analyse de reprise.</translation>
    </message>
    <message>
        <source>Runbook &quot;%1&quot; needs at least %2 h along its critical path, but the RTO target of %3 is %4 h. Shorten or parallelise the steps on the critical path, or agree a longer RTO.</source>
        <translation>La procédure « %1 » demande au moins %2 h le long de son chemin critique, mais le RTO cible de %3 est de %4 h. Raccourcissez ou parallélisez les étapes du chemin critique, ou convenez d’un RTO plus long.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no owner: %2. Name the team or role that does each, so nobody waits for somebody else.</source>
        <translation>
            <numerusform>%n étape de la procédure « %1 » n’a pas de responsable : %2. Nommez l’équipe ou le rôle qui fait chacune, pour que personne n’attende quelqu’un d’autre.</numerusform>
            <numerusform>%n étapes de la procédure « %1 » n’ont pas de responsable : %2. Nommez l’équipe ou le rôle qui fait chacune, pour que personne n’attende quelqu’un d’autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no verification: %2. Say how to check that each step worked before the next one starts.</source>
        <translation>
            <numerusform>%n étape de la procédure « %1 » n’a pas de vérification : %2. Dites comment vérifier que chaque étape a réussi avant que la suivante commence.</numerusform>
            <numerusform>%n étapes de la procédure « %1 » n’ont pas de vérification : %2. Dites comment vérifier que chaque étape a réussi avant que la suivante commence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of runbook &quot;%1&quot; have no expected duration: %2. The critical path counts them as taking no time.</source>
        <translation>
            <numerusform>%n étape de la procédure « %1 » n’a pas de durée prévue : %2. Le chemin critique la compte sans durée.</numerusform>
            <numerusform>%n étapes de la procédure « %1 » n’ont pas de durée prévue : %2. Le chemin critique les compte sans durée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Continuity::RunbooksPage</name>
    <message>
        <source>draft</source>
        <translation>ébauche</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>New Runbook</source>
        <translation>Nouvelle procédure</translation>
    </message>
    <message>
        <source>Delete Runbook</source>
        <translation>Supprimer la procédure</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Contrôles :</translation>
    </message>
    <message>
        <source>What to do, in plain words. Start lines with &quot;- &quot; or &quot;1. &quot; for lists; *emphasis* and **strong** print so.</source>
        <translation>Ce qu’il faut faire, en mots simples. Commencez les lignes par « - » ou « 1. » pour des listes ; *accent* et **gras** s’impriment ainsi.</translation>
    </message>
    <message>
        <source>How to undo this step if it goes wrong.</source>
        <translation>Comment défaire cette étape si elle tourne mal.</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>Instructions :</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>Retour arrière :</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %3 · %n step(s)</source>
        <translation>
            <numerusform>%1
%2 · %3 · %n étape</numerusform>
            <numerusform>%1
%2 · %3 · %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>no version</source>
        <translation>sans version</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>(not tied to one service)</source>
        <translation>(liée à aucun service)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>approved anyway by %1 on %2: %3</source>
        <translation>approuvée malgré tout par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>approuvée par %1 le %2</translation>
    </message>
    <message>
        <source> · earlier approved: %1</source>
        <translation> · approuvées auparavant : %1</translation>
    </message>
    <message>
        <source>No runbooks yet. Make one with New Runbook, or draft one from a recovery analysis (Analyses → Recovery → Draft Runbook).</source>
        <translation>Pas encore de procédure. Créez-en une avec Nouvelle procédure, ou tirez-en une ébauche d’une analyse de reprise (Analyses → Reprise → Ébauche de procédure).</translation>
    </message>
    <message>
        <source>⚠ Steps wait for each other in a circle: %1.</source>
        <translation>⚠ Des étapes s’attendent en cercle : %1.</translation>
    </message>
    <message>
        <source>✓ The critical path takes %1, within the RTO target of %2.</source>
        <translation>✓ Le chemin critique prend %1, dans le RTO cible de %2.</translation>
    </message>
    <message>
        <source>The critical path takes %1.</source>
        <translation>Le chemin critique prend %1.</translation>
    </message>
    <message>
        <source>Edit runbook &quot;%1&quot;</source>
        <translation>Modifier la procédure « %1 »</translation>
    </message>
    <message>
        <source>Approved version %1 kept; this is now draft %2.</source>
        <translation>Version approuvée %1 conservée ; ceci est maintenant l’ébauche %2.</translation>
    </message>
    <message>
        <source>Edit step %1 of &quot;%2&quot;</source>
        <translation>Modifier l’étape %1 de « %2 »</translation>
    </message>
    <message>
        <source>The approved version is kept; this is now a new draft.</source>
        <translation>La version approuvée est conservée ; ceci est maintenant une nouvelle ébauche.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Select a step to write its instructions and rollback.</source>
        <translation>Choisissez une étape pour écrire ses instructions et son retour arrière.</translation>
    </message>
    <message>
        <source>Title of the runbook:</source>
        <translation>Titre de la procédure :</translation>
    </message>
    <message>
        <source>Runbook deleted. Undo brings it back.</source>
        <translation>Procédure supprimée. Annuler la rétablit.</translation>
    </message>
    <message>
        <source>The runbook&apos;s own checks fail:</source>
        <translation>Les vérifications de la procédure échouent :</translation>
    </message>
    <message>
        <source>Approve it as it is only if you accept this; the reason is kept with the approval.</source>
        <translation>Ne l’approuvez telle quelle que si vous l’acceptez ; la raison est conservée avec l’approbation.</translation>
    </message>
    <message>
        <source>Approve Runbook Anyway?</source>
        <translation>Approuver la procédure malgré tout ?</translation>
    </message>
    <message>
        <source>Approve Anyway</source>
        <translation>Approuver malgré tout</translation>
    </message>
    <message>
        <source>Not approved.</source>
        <translation>Non approuvée.</translation>
    </message>
    <message>
        <source>Approve Runbook Anyway</source>
        <translation>Approuver la procédure malgré tout</translation>
    </message>
    <message>
        <source>Why is it approved as it is?</source>
        <translation>Pourquoi est-elle approuvée telle quelle ?</translation>
    </message>
    <message>
        <source>Not approved: approving anyway needs a reason.</source>
        <translation>Non approuvée : approuver malgré tout demande une raison.</translation>
    </message>
    <message>
        <source>Approve Runbook</source>
        <translation>Approuver la procédure</translation>
    </message>
    <message>
        <source>Approved by (name and role):</source>
        <translation>Approuvée par (nom et rôle) :</translation>
    </message>
    <message>
        <source>Retire runbook &quot;%1&quot;</source>
        <translation>Retirer la procédure « %1 »</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Export Runbook as PDF</source>
        <translation>Exporter la procédure en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>E&amp;xit plan</source>
        <translation>Plan de &amp;sortie</translation>
    </message>
    <message>
        <source>How to leave the supplier this runbook is for. An approved exit plan is reported in DORA&apos;s register of information (B_07.01).</source>
        <translation>Comment quitter le fournisseur de ce runbook. Un plan de sortie approuvé est déclaré dans le registre d’informations DORA (B_07.01).</translation>
    </message>
</context>
<context>
    <name>Continuity::SamplePlan</name>
    <message>
        <source>The bundled sample plan is missing.</source>
        <translation>Le plan d’exemple fourni est absent.</translation>
    </message>
    <message>
        <source>The bundled sample plan is invalid: %1</source>
        <translation>Le plan d’exemple fourni n’est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>Continuity::ScenarioBrief</name>
    <message>
        <source>no phone in the plan</source>
        <translation>aucun téléphone dans le plan</translation>
    </message>
    <message>
        <source>Scenario brief</source>
        <translation>Fiche de crise</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>What fails: %1</source>
        <translation>Ce qui tombe en panne : %1</translation>
    </message>
    <message>
        <source>Down: %1, of them %2 business processes. Degraded: %3. Loss while it lasts: %4 per hour.</source>
        <translation>En panne : %1, dont %2 processus métier. Dégradés : %3. Perte tant que cela dure : %4 par heure.</translation>
    </message>
    <message>
        <source>Processes hit</source>
        <translation>Processus touchés</translation>
    </message>
    <message>
        <source>No business process goes down.</source>
        <translation>Aucun processus métier ne tombe.</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Loss per hour</source>
        <translation>Perte par heure</translation>
    </message>
    <message>
        <source>MTD breached after</source>
        <translation>MTD dépassée après</translation>
    </message>
    <message>
        <source>Back after</source>
        <translation>De retour après</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>does not come back: it waits on a cycle of dependencies</source>
        <translation>ne revient pas : attend un cycle de dépendances</translation>
    </message>
    <message>
        <source>no MTD in the plan</source>
        <translation>pas de MTD dans le plan</translation>
    </message>
    <message>
        <source>breaches its MTD by %1</source>
        <translation>dépasse sa MTD de %1</translation>
    </message>
    <message>
        <source>within its MTD, %1 to spare</source>
        <translation>dans sa MTD, %1 de marge</translation>
    </message>
    <message>
        <source>… and %1 more processes with a smaller loss per hour.</source>
        <translation>… et %1 autres processus avec une perte horaire plus faible.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>Qui appeler</translation>
    </message>
    <message>
        <source>No person or role of the plan owns or recovers what is down.</source>
        <translation>Aucune personne ni aucun rôle du plan n’est responsable de ce qui est en panne ni ne le remet en service.</translation>
    </message>
    <message>
        <source>Role or person</source>
        <translation>Rôle ou personne</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne de désigné</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more on the contact sheet.</source>
        <translation>… et %1 de plus sur la fiche de contacts.</translation>
    </message>
    <message>
        <source>Recovery order and runbooks</source>
        <translation>Ordre de reprise et procédures</translation>
    </message>
    <message>
        <source>Nothing to recover.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message>
        <source>Everything comes back within its RTO.</source>
        <translation>Tout revient dans son RTO.</translation>
    </message>
    <message>
        <source>%1 of %2 miss their RTO; the largest gap is %3.</source>
        <translation>%1 sur %2 manquent leur RTO ; le plus grand écart est de %3.</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Processus ou service</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Runbook to open</source>
        <translation>Procédure à ouvrir</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à temps</translation>
    </message>
    <message>
        <source>version %1, approved</source>
        <translation>version %1, approuvée</translation>
    </message>
    <message>
        <source>version %1, draft</source>
        <translation>version %1, ébauche</translation>
    </message>
    <message>
        <source>no runbook</source>
        <translation>pas de procédure</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>… and %1 more; `continuity-cli analyze recovery` lists them all.</source>
        <translation>… et %1 de plus ; `continuity-cli analyze recovery` les liste tous.</translation>
    </message>
    <message>
        <source>Degraded, still running</source>
        <translation>Dégradés, toujours en service</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
</context>
<context>
    <name>Continuity::Server</name>
    <message>
        <source>&quot;%1&quot; is not a server URL (postgresql://user@host/database?plan=NAME)</source>
        <translation>« %1 » n’est pas une URL de serveur (postgresql://utilisateur@hôte/base?plan=NOM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a plan on a server: a plan&apos;s name is a lower-case letter followed by up to 23 lower-case letters, digits or underscores</source>
        <translation>« %1 » ne peut pas nommer un plan sur un serveur : le nom d’un plan est une lettre minuscule suivie d’au plus 23 lettres minuscules, chiffres ou tirets bas</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>Cannot connect to the server: %1</source>
        <translation>Connexion au serveur impossible : %1</translation>
    </message>
    <message>
        <source>The server cannot talk UTF-8: %1</source>
        <translation>Le serveur ne parle pas UTF-8 : %1</translation>
    </message>
    <message>
        <source>The plan format&apos;s tables refer to each other in a circle</source>
        <translation>Les tables du format de plan se référencent en cercle</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name PostgreSQL keeps for itself; choose another name for the plan</source>
        <translation>« %1 » est un nom que PostgreSQL se réserve ; choisissez un autre nom pour le plan</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot hold Continuity plans: its name becomes part of the plans&apos; role names, so it must be lower-case letters, digits and underscores, and with the plan&apos;s name at most 48 of them</source>
        <translation>La base « %1 » ne peut pas accueillir de plans Continuity : son nom entre dans les noms de rôle des plans ; il doit donc être fait de lettres minuscules, de chiffres et de tirets bas, et compter au plus 48 caractères avec le nom du plan</translation>
    </message>
    <message>
        <source>%1 is not pushed: its audit trail does not hold at record %2 (%3)</source>
        <translation>%1 n’est pas envoyé : sa piste d’audit n’est pas intègre à l’enregistrement %2 (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The server already has a plan (or schema) named &quot;%1&quot;; nothing was pushed. Pull it, or push under another name.</source>
        <translation>Le serveur a déjà un plan (ou un schéma) nommé « %1 » ; rien n’a été envoyé. Récupérez-le, ou envoyez sous un autre nom.</translation>
    </message>
    <message>
        <source>The plan could not be pushed: %1 (nothing was written to the server)</source>
        <translation>Le plan n’a pas pu être envoyé : %1 (rien n’a été écrit sur le serveur)</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>table %1 : %2</translation>
    </message>
    <message>
        <source>table %1 holds a value the plan format does not allow</source>
        <translation>la table %1 contient une valeur que le format de plan n’admet pas</translation>
    </message>
    <message>
        <source>No room for a temporary plan: %1</source>
        <translation>Pas de place pour un plan temporaire : %1</translation>
    </message>
    <message>
        <source>The server has no plan named &quot;%1&quot;</source>
        <translation>Le serveur n’a pas de plan nommé « %1 »</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server is in plan format %2; this Continuity reads format %3. Use the Continuity that pushed it.</source>
        <translation>Le plan « %1 » sur le serveur est au format %2 ; ce Continuity lit le format %3. Utilisez le Continuity qui l’a envoyé.</translation>
    </message>
    <message>
        <source>%1 may not read plan &quot;%2&quot;: ask its owner for the role %3</source>
        <translation>%1 n’a pas le droit de lire le plan « %2 » : demandez le rôle %3 à son propriétaire</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; could not be pulled: %2</source>
        <translation>Le plan « %1 » n’a pas pu être récupéré : %2</translation>
    </message>
    <message>
        <source>table %1 sent a row Continuity cannot read</source>
        <translation>la table %1 a envoyé une ligne que Continuity ne sait pas lire</translation>
    </message>
    <message>
        <source>table %1, column %2 holds &quot;%3&quot;, which is not a number</source>
        <translation>table %1, colonne %2 : « %3 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a row of %2 that is not there</source>
        <translation>une ligne de la table %1 renvoie à une ligne de %2 qui n’existe pas</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server breaks the plan&apos;s rules: %2</source>
        <translation>Le plan « %1 » sur le serveur enfreint les règles du plan : %2</translation>
    </message>
    <message>
        <source>The audit trail of plan &quot;%1&quot; on the server does not hold at record %2 (%3)</source>
        <translation>La piste d’audit du plan « %1 » sur le serveur n’est pas intègre à l’enregistrement %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server URL libpq can read</source>
        <translation>« %1 » n’est pas une URL de serveur que libpq sait lire</translation>
    </message>
    <message>
        <source>%1 has an option Continuity cannot pass on (a ; or &apos; in a value)</source>
        <translation>%1 contient une option que Continuity ne peut pas transmettre (un ; ou un &apos; dans une valeur)</translation>
    </message>
    <message>
        <source>%1 names no plan; add ?plan=NAME</source>
        <translation>%1 ne nomme aucun plan ; ajoutez ?plan=NOM</translation>
    </message>
    <message>
        <source>opened for reading</source>
        <translation>ouvert en lecture</translation>
    </message>
    <message>
        <source>%1 may read this plan but not change it (the planner role gives that)</source>
        <translation>%1 peut lire ce plan mais pas le modifier (le rôle planner le permet)</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server was pushed by an earlier Continuity, which kept no record of who wrote what: pull it with that one and push it again.</source>
        <translation>Le plan « %1 » sur le serveur a été envoyé par une version antérieure de Continuity, qui ne notait pas qui écrivait quoi : récupérez-le avec cette version, puis envoyez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 changed the plan at %2 UTC, after this window last read it: the whole plan was not written over it. The window now shows the plan as it is.</source>
        <translation>%1 a modifié le plan à %2 UTC, après la dernière lecture de cette fenêtre : le plan entier n’a pas été écrit par-dessus. La fenêtre affiche maintenant le plan tel qu’il est.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3 UTC, after this window last read it: your change was not written. The window now shows the plan as it is.</source>
        <translation>%1 a modifié « %2 » à %3 UTC, après la dernière lecture de cette fenêtre : votre modification n’a pas été écrite. La fenêtre affiche maintenant le plan tel qu’il est.</translation>
    </message>
    <message>
        <source>Only an approver approves: %1 may change “%2” but not approve it; ask the plan&apos;s owner for the role %3. Nothing was written.</source>
        <translation>Seul un approbateur approuve : %1 peut modifier « %2 » mais pas l’approuver ; demandez au propriétaire du plan le rôle %3. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3 UTC, after the step you are undoing or redoing: it was not taken back, so that %1&apos;s change stays. The window shows the plan as it is.</source>
        <translation>%1 a modifié « %2 » à %3 UTC, après l’étape que vous annulez ou rétablissez : elle n’a pas été reprise, afin que la modification de %1 reste. La fenêtre affiche le plan tel qu’il est.</translation>
    </message>
    <message>
        <source>added in the file</source>
        <translation>ajouté dans le fichier</translation>
    </message>
    <message>
        <source>added on the server</source>
        <translation>ajouté sur le serveur</translation>
    </message>
    <message>
        <source>removed in the file</source>
        <translation>supprimé dans le fichier</translation>
    </message>
    <message>
        <source>removed on the server</source>
        <translation>supprimé sur le serveur</translation>
    </message>
    <message>
        <source>changed in the file</source>
        <translation>modifié dans le fichier</translation>
    </message>
    <message>
        <source>changed on the server</source>
        <translation>modifié sur le serveur</translation>
    </message>
    <message>
        <source>%1 was not pulled from a server, so there is nothing to push back; push it as a new plan (server push with a new plan=NAME).</source>
        <translation>%1 n&apos;a pas été tiré d&apos;un serveur, il n&apos;y a donc rien à renvoyer ; envoyez-le comme nouveau plan (server push avec un nouveau plan=NOM).</translation>
    </message>
    <message>
        <source>%1 was pulled from plan &quot;%2&quot; (%3); it can be pushed back only there, not to plan &quot;%4&quot;.</source>
        <translation>%1 a été tiré du plan « %2 » (%3) ; il ne peut être renvoyé que là, pas au plan « %4 ».</translation>
    </message>
    <message>
        <source>%1 cannot take the plan as pushed back: %2 Nothing was pushed.</source>
        <translation>%1 ne peut pas prendre le plan renvoyé : %2 Rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; on the server cannot be changed: %2 Nothing was pushed.</source>
        <translation>Le plan « %1 » du serveur ne peut pas être modifié : %2 Rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <source>The file&apos;s record of the plan as it was pulled cannot be read; pull the plan again.</source>
        <translation>L&apos;état du plan gardé par le fichier lors de la récupération est illisible ; récupérez à nouveau le plan.</translation>
    </message>
    <message>
        <source>The plans cannot be compared.</source>
        <translation>Les plans ne peuvent pas être comparés.</translation>
    </message>
    <message>
        <source>%1: %2, and %3</source>
        <translation>%1 : %2, et %3</translation>
    </message>
    <message>
        <source> (last by %1 at %2)</source>
        <translation> (en dernier par %1 le %2)</translation>
    </message>
    <message>
        <source>; they differ in %1</source>
        <translation> ; ils diffèrent par %1</translation>
    </message>
    <message>
        <source>The file&apos;s changes and the server&apos;s together break the plan&apos;s rules: %1. Nothing was pushed; pull the plan again and make the file&apos;s changes there.</source>
        <translation>Les modifications du fichier et celles du serveur enfreignent ensemble les règles du plan : %1. Rien n&apos;a été renvoyé ; récupérez à nouveau le plan et refaites-y les modifications du fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Push back %1 (%n change(s) made offline)</source>
        <translation>
            <numerusform>Renvoyer %1 (%n modification faite hors ligne)</numerusform>
            <numerusform>Renvoyer %1 (%n modifications faites hors ligne)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; nothing was pushed.</source>
        <translation>%1 ; rien n&apos;a été renvoyé.</translation>
    </message>
    <message>
        <source>Take plan &quot;%1&quot; as pushed back</source>
        <translation>Prendre le plan « %1 » tel que renvoyé</translation>
    </message>
    <message>
        <source>The server&apos;s plan holds the file&apos;s changes, but %1 could not take the server&apos;s plan: %2</source>
        <translation>Le plan du serveur contient les modifications du fichier, mais %1 n&apos;a pas pu prendre le plan du serveur : %2</translation>
    </message>
    <message>
        <source>The file&apos;s record of the server plan it was pulled from cannot be read; pull the plan again.</source>
        <translation>L&apos;origine du plan sur le serveur gardée par le fichier est illisible ; récupérez à nouveau le plan.</translation>
    </message>
    <message>
        <source>The plan on the server holds values Continuity does not accept, so others&apos; changes were not taken: %1.</source>
        <translation>Le plan sur le serveur contient des valeurs que Continuity n&apos;accepte pas ; les modifications des autres n&apos;ont donc pas été reprises : %1.</translation>
    </message>
</context>
<context>
    <name>Continuity::ServiceTableModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
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
        <translation>Durée de reprise</translation>
    </message>
</context>
<context>
    <name>Continuity::ServicesPage</name>
    <message>
        <source>Search services by name, id or owner</source>
        <translation>Chercher des services par nom, identifiant ou responsable</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>No tier</source>
        <translation>Sans niveau</translation>
    </message>
    <message>
        <source>Services at a site: the site and everything that needs it</source>
        <translation>Services d’un site : le site et tout ce qui en a besoin</translation>
    </message>
    <message>
        <source>Services, sites, suppliers and teams (%1)</source>
        <translation>Services, sites, fournisseurs et équipes (%1)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
</context>
<context>
    <name>Continuity::SloView</name>
    <message>
        <source>Add SLO…</source>
        <translation>Ajouter un SLO…</translation>
    </message>
    <message>
        <source>Remove SLO</source>
        <translation>Retirer le SLO</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Budgets move with the clock: compute them again for now</source>
        <translation>Les budgets évoluent avec le temps : les recalculer pour maintenant</translation>
    </message>
    <message>
        <source>Process or service</source>
        <translation>Processus ou service</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>A burn rate of 1 uses the budget up exactly over the window; 10 uses it in a tenth of it.</source>
        <translation>Un taux de consommation de 1 épuise le budget exactement sur la fenêtre ; 10 l’épuise en un dixième de celle-ci.</translation>
    </message>
    <message>
        <source>SLO of:</source>
        <translation>SLO de :</translation>
    </message>
    <message>
        <source>Objective (%):</source>
        <translation>Objectif (%) :</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar month</source>
        <translation>mois civil</translation>
    </message>
    <message>
        <source>calendar quarter</source>
        <translation>trimestre civil</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre :</translation>
    </message>
    <message>
        <source>Degraded time counts against the budget</source>
        <translation>Le temps dégradé compte dans le budget</translation>
    </message>
    <message>
        <source>Recovery analysis against what happened, last twelve months</source>
        <translation>Analyse de reprise face à la réalité, douze derniers mois</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Predicted ready</source>
        <translation>Prêt selon l’analyse</translation>
    </message>
    <message>
        <source>Actually restored</source>
        <translation>Réellement rétabli</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 % (tier)</source>
        <translation>%1 % (niveau)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>%1 % left</source>
        <translation>%1 % restant</translation>
    </message>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <source>none: set one</source>
        <translation>aucun : à définir</translation>
    </message>
    <message>
        <source>(no SLO selected)</source>
        <translation>(aucun SLO sélectionné)</translation>
    </message>
    <message>
        <source>the tier&apos;s %1</source>
        <translation>%1 du niveau</translation>
    </message>
    <message>
        <source>The objective is a percentage such as 99.9.</source>
        <translation>L’objectif est un pourcentage comme 99,9.</translation>
    </message>
    <message>
        <source>Add SLO</source>
        <translation>Ajouter un SLO</translation>
    </message>
    <message>
        <source>Process or service:</source>
        <translation>Processus ou service :</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <source>Incidents per month by severity</source>
        <translation>Incidents par mois selon la gravité</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Sev %1</source>
        <translation>Grav. %1</translation>
    </message>
    <message>
        <source>Time to restore (hours)</source>
        <translation>Délai de rétablissement (heures)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>%1 longer</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>%1 shorter</source>
        <translation>%1 de moins</translation>
    </message>
    <message>
        <source>Error budget
left</source>
        <translation>Budget d’erreur
restant</translation>
    </message>
    <message>
        <source>Down /
allowed</source>
        <translation>Panne /
admis</translation>
    </message>
    <message>
        <source>Burn rate
1 h · 6 h · 3 d</source>
        <translation>Consommation
1 h · 6 h · 3 j</translation>
    </message>
    <message>
        <source>Frozen
until</source>
        <translation>Gel
jusqu’au</translation>
    </message>
</context>
<context>
    <name>Continuity::SnowChangeImport</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>format: must be &quot;continuity-snow-change-mapping&quot;</source>
        <translation>format : doit être « continuity-snow-change-mapping »</translation>
    </message>
    <message>
        <source>version: this Continuity reads mapping version 1</source>
        <translation>version : ce Continuity lit la version 1 des correspondances</translation>
    </message>
    <message>
        <source>%1: not a field of a change mapping</source>
        <translation>%1 : pas un champ d’une correspondance de changements</translation>
    </message>
    <message>
        <source>%1: must be a column name (text)</source>
        <translation>%1 : doit être un nom de colonne (texte)</translation>
    </message>
    <message>
        <source>timeZone: must be a time zone such as Europe/Berlin</source>
        <translation>timeZone : doit être un fuseau horaire comme Europe/Berlin</translation>
    </message>
    <message>
        <source>number: must name a column</source>
        <translation>number : doit nommer une colonne</translation>
    </message>
    <message>
        <source>%1: the export has no column %2 (its columns: %3)</source>
        <translation>%1 : l’export n’a pas de colonne %2 (ses colonnes : %3)</translation>
    </message>
    <message>
        <source>(none mapped)</source>
        <translation>(aucune associée)</translation>
    </message>
    <message>
        <source>no change number in column %1</source>
        <translation>pas de numéro de changement dans la colonne %1</translation>
    </message>
    <message>
        <source>the change number must be 1 to 100 characters without spaces or commas</source>
        <translation>le numéro de changement doit faire 1 à 100 caractères sans espaces ni virgules</translation>
    </message>
    <message>
        <source>change %1 appears a second time</source>
        <translation>le changement %1 apparaît une deuxième fois</translation>
    </message>
    <message>
        <source>%1: a time does not read as 2026-03-04 10:15:00 or ISO-8601 (columns %2, %3, %4)</source>
        <translation>%1 : une heure ne se lit pas comme 2026-03-04 10:15:00 ou ISO-8601 (colonnes %2, %3, %4)</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not standard, normal or emergency</source>
        <translation>%1 : le type « %2 » n’est ni standard, ni normal, ni emergency</translation>
    </message>
    <message>
        <source>%1: the state &quot;%2&quot; is not a state of a change</source>
        <translation>%1 : l’état « %2 » n’est pas un état de changement</translation>
    </message>
    <message>
        <source>%1: the close code &quot;%2&quot; does not read as an outcome</source>
        <translation>%1 : le code de clôture « %2 » ne se lit pas comme un résultat</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
</context>
<context>
    <name>Continuity::SnowIncidentImport</name>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON non valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>format: must be &quot;continuity-snow-incident-mapping&quot;</source>
        <translation>format : doit valoir &quot;continuity-snow-incident-mapping&quot;</translation>
    </message>
    <message>
        <source>version: this Continuity reads mapping version 1</source>
        <translation>version : cette version de Continuity lit les correspondances de version 1</translation>
    </message>
    <message>
        <source>%1: not a field of an incident mapping</source>
        <translation>%1 : pas un champ d’une correspondance d’incidents</translation>
    </message>
    <message>
        <source>%1: must be a column name (text)</source>
        <translation>%1 : doit être un nom de colonne (texte)</translation>
    </message>
    <message>
        <source>timeZone: must be a time zone such as Europe/Berlin</source>
        <translation>timeZone : doit être un fuseau horaire comme Europe/Berlin</translation>
    </message>
    <message>
        <source>number and openedAt: must name a column</source>
        <translation>number et openedAt : doivent nommer une colonne</translation>
    </message>
    <message>
        <source>(none mapped)</source>
        <translation>(aucune correspondance)</translation>
    </message>
    <message>
        <source>%1: the export has no column %2 (its columns: %3)</source>
        <translation>%1 : l’export n’a pas de colonne %2 (ses colonnes : %3)</translation>
    </message>
    <message>
        <source>no incident number in column %1</source>
        <translation>aucun numéro d’incident dans la colonne %1</translation>
    </message>
    <message>
        <source>the incident number is longer than 100 characters</source>
        <translation>le numéro d’incident dépasse 100 caractères</translation>
    </message>
    <message>
        <source>incident %1 appears a second time</source>
        <translation>l’incident %1 apparaît une deuxième fois</translation>
    </message>
    <message>
        <source>%1: a time does not read as 2026-03-04 10:15:00 or ISO-8601 (columns %2, %3, %4)</source>
        <translation>%1 : une heure ne se lit pas comme 2026-03-04 10:15:00 ou ISO-8601 (colonnes %2, %3, %4)</translation>
    </message>
    <message>
        <source>%1: the priority does not read as 1 to 5</source>
        <translation>%1 : la priorité ne se lit pas comme 1 à 5</translation>
    </message>
    <message>
        <source>ServiceNow close code: %1</source>
        <translation>Code de clôture ServiceNow : %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
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
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>Continuity::TierPolicyDialog</name>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Qualifies with an MTD of at most (hours)</source>
        <translation>Qualifié par une MTD d’au plus (heures)</translation>
    </message>
    <message>
        <source>or a loss per hour of at least</source>
        <translation>ou une perte par heure d’au moins</translation>
    </message>
    <message>
        <source>Test every (months)</source>
        <translation>Tester tous les (mois)</translation>
    </message>
    <message>
        <source>Regulatory tag</source>
        <translation>Étiquette réglementaire</translation>
    </message>
    <message>
        <source>Tier at least as critical as</source>
        <translation>Niveau au moins aussi critique que</translation>
    </message>
    <message>
        <source>RPO at most (hours)</source>
        <translation>RPO d’au plus (heures)</translation>
    </message>
    <message>
        <source>Tier Policy</source>
        <translation>Politique de niveaux</translation>
    </message>
    <message>
        <source>Reset to Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Regulatory tags</source>
        <translation>Étiquettes réglementaires</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Review each process&apos;s &amp;BIA every</source>
        <translation>Revoir la &amp;BIA de chaque processus tous les</translation>
    </message>
    <message>
        <source>Tier %1: enter numbers, or leave the cell empty for no limit.</source>
        <translation>Niveau %1 : saisissez des nombres, ou laissez la cellule vide pour aucune limite.</translation>
    </message>
    <message>
        <source>Tier %1: test every 1 to 120 months, or leave the cell empty for no test interval.</source>
        <translation>Niveau %1 : testez tous les 1 à 120 mois, ou laissez la cellule vide pour aucun intervalle de test.</translation>
    </message>
    <message>
        <source>%1: enter numbers, or leave the cell empty for no rule.</source>
        <translation>%1 : saisissez des nombres, ou laissez la cellule vide pour aucune règle.</translation>
    </message>
    <message>
        <source>Default SLO (%)</source>
        <translation>SLO par défaut (%)</translation>
    </message>
    <message>
        <source>A process is placed in the most critical tier whose MTD limit it meets or whose loss floor it reaches. Services of a tier with a test interval are due for an exercise that often; an SLO that sets no objective takes its tier&apos;s default. Leave a cell empty for no limit.</source>
        <translation>Un processus est placé dans le niveau le plus critique dont il respecte la limite de MTD ou atteint le seuil de perte. Les services d’un niveau doté d’un intervalle de test doivent être exercés à cette fréquence ; un SLO sans objectif propre prend celui par défaut de son niveau. Laissez une cellule vide pour aucune limite.</translation>
    </message>
    <message>
        <source>Tier %1: a default SLO is a percentage above 0 and below 100, such as 99.9, or empty for none.</source>
        <translation>Niveau %1 : un SLO par défaut est un pourcentage supérieur à 0 et inférieur à 100, par exemple 99,9, ou vide pour aucun.</translation>
    </message>
</context>
<context>
    <name>Continuity::TypingGuard</name>
    <message>
        <source>Someone else changed the field you are typing in to “%1” meanwhile. What you typed is kept; it replaces theirs only when you confirm it (Enter or Tab).</source>
        <translation>Quelqu’un d’autre a entre-temps changé le champ que vous saisissez en « %1 ». Ce que vous avez tapé est gardé ; il ne remplace l’autre valeur que lorsque vous le confirmez (Entrée ou Tab).</translation>
    </message>
</context>
<context>
    <name>Continuity::UserDialogs</name>
    <message>
        <source>Continuity plans (*.continuity);;All files (*)</source>
        <translation>Plans Continuity (*.continuity);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
</context>
<context>
    <name>Continuity::VCard</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>a content line needs NAME:VALUE</source>
        <translation>une ligne de contenu doit avoir la forme NOM:VALEUR</translation>
    </message>
    <message>
        <source>encoding %1 is not supported</source>
        <translation>l’encodage %1 n’est pas pris en charge</translation>
    </message>
    <message>
        <source>charset %1 is not supported; save the file as UTF-8</source>
        <translation>le jeu de caractères %1 n’est pas pris en charge ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>broken quoted-printable value</source>
        <translation>valeur quoted-printable invalide</translation>
    </message>
    <message>
        <source>the value is not UTF-8</source>
        <translation>la valeur n’est pas en UTF-8</translation>
    </message>
    <message>
        <source>BEGIN:%1 is not a vCard</source>
        <translation>BEGIN:%1 n’est pas une vCard</translation>
    </message>
    <message>
        <source>a card begins inside another card</source>
        <translation>une carte commence à l’intérieur d’une autre</translation>
    </message>
    <message>
        <source>more than %1 cards</source>
        <translation>plus de %1 cartes</translation>
    </message>
    <message>
        <source>%1 outside a card (BEGIN:VCARD … END:VCARD)</source>
        <translation>%1 hors d’une carte (BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>the card has no VERSION</source>
        <translation>la carte n’a pas de VERSION</translation>
    </message>
    <message>
        <source>the card has no name (FN or N)</source>
        <translation>la carte n’a pas de nom (FN ou N)</translation>
    </message>
    <message>
        <source>vCard version %1 is not supported (3.0 and 4.0 are)</source>
        <translation>la version vCard %1 n’est pas prise en charge (3.0 et 4.0 le sont)</translation>
    </message>
    <message>
        <source>the card does not end (END:VCARD is missing)</source>
        <translation>la carte ne se termine pas (END:VCARD manque)</translation>
    </message>
</context>
<context>
    <name>Continuity::Validation</name>
    <message>
        <source>must be a number of hours from 0 to %1</source>
        <translation>doit être un nombre d’heures de 0 à %1</translation>
    </message>
    <message>
        <source>must be a non-negative amount no larger than %1</source>
        <translation>doit être un montant positif ou nul d’au plus %1</translation>
    </message>
    <message>
        <source>must be a tier from 0 to 3</source>
        <translation>doit être un niveau de 0 à 3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be at most 100000 characters long</source>
        <translation>doit faire au plus 100000 caractères</translation>
    </message>
    <message>
        <source>must have finite x and y between -%1 and %1</source>
        <translation>doit avoir des x et y finis entre -%1 et %1</translation>
    </message>
    <message>
        <source>must be 1 to 200 characters without spaces or commas</source>
        <translation>doit faire de 1 à 200 caractères sans espaces ni virgules</translation>
    </message>
    <message>
        <source>must not be longer than the MTD (%1 h): a process must be back before its maximum tolerable downtime ends</source>
        <translation>ne doit pas dépasser la MTD (%1 h) : un processus doit être rétabli avant la fin de son interruption maximale tolérable</translation>
    </message>
    <message>
        <source>must have one rating per time horizon (%1)</source>
        <translation>doit avoir une évaluation par horizon (%1)</translation>
    </message>
    <message>
        <source>must be a rating from 0 (none) to 4 (severe)</source>
        <translation>doit être une évaluation de 0 (aucun) à 4 (grave)</translation>
    </message>
    <message>
        <source>is only allowed with asynchronous replication</source>
        <translation>n’est permis qu’avec une réplication asynchrone</translation>
    </message>
    <message>
        <source>is only allowed with backup-only replication</source>
        <translation>n’est permis qu’avec des sauvegardes seules</translation>
    </message>
    <message>
        <source>must be more than 0 hours</source>
        <translation>doit dépasser 0 heure</translation>
    </message>
    <message>
        <source>must be a tag of 1 to 50 characters</source>
        <translation>doit être une étiquette de 1 à 50 caractères</translation>
    </message>
    <message>
        <source>repeats the tag &quot;%1&quot;</source>
        <translation>répète l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>repeats tier %1</source>
        <translation>répète le niveau %1</translation>
    </message>
    <message>
        <source>must be a whole number of months from 1 to 120</source>
        <translation>doit être un nombre entier de mois de 1 à 120</translation>
    </message>
    <message>
        <source>must list 1 to 20 time horizons</source>
        <translation>doit lister de 1 à 20 horizons</translation>
    </message>
    <message>
        <source>must be a number of hours above 0 and up to %1</source>
        <translation>doit être un nombre d’heures supérieur à 0 et d’au plus %1</translation>
    </message>
    <message>
        <source>must be longer than the horizon before it</source>
        <translation>doit être plus long que l’horizon précédent</translation>
    </message>
    <message>
        <source>must be an ISO-8601 date and time</source>
        <translation>doit être une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>repeats the step id &quot;%1&quot;</source>
        <translation>répète l’identifiant d’étape « %1 »</translation>
    </message>
    <message>
        <source>a step cannot wait for itself</source>
        <translation>une étape ne peut pas s’attendre elle-même</translation>
    </message>
    <message>
        <source>names no step of this runbook (&quot;%1&quot;)</source>
        <translation>ne nomme aucune étape de cette procédure (« %1 »)</translation>
    </message>
    <message>
        <source>repeats the step &quot;%1&quot;</source>
        <translation>répète l’étape « %1 »</translation>
    </message>
    <message>
        <source>wait for each other in a circle (%1); no step could ever start</source>
        <translation>s’attendent en cercle (%1) ; aucune étape ne pourrait jamais commencer</translation>
    </message>
    <message>
        <source>must be the id of the runbook it belongs to (&quot;%1&quot;)</source>
        <translation>doit être l’identifiant de la procédure à laquelle elle appartient (« %1 »)</translation>
    </message>
    <message>
        <source>must be empty: only the current runbook keeps earlier versions</source>
        <translation>doit être vide : seule la procédure en vigueur garde les versions antérieures</translation>
    </message>
    <message>
        <source>a call tree may have at most %1 people</source>
        <translation>un arbre d’appel compte au plus %1 personnes</translation>
    </message>
    <message>
        <source>a call tree may be at most %1 levels deep</source>
        <translation>un arbre d’appel ne peut dépasser %1 niveaux</translation>
    </message>
    <message>
        <source>must be an e-mail address (name@example.com)</source>
        <translation>doit être une adresse e-mail (nom@example.com)</translation>
    </message>
    <message>
        <source>must be a phone number, best in international form (+49 69 1234 5678)</source>
        <translation>doit être un numéro de téléphone, de préférence au format international (+33 1 23 45 67 89)</translation>
    </message>
    <message>
        <source>must be a time zone name such as Europe/Berlin</source>
        <translation>doit être un nom de fuseau horaire comme Europe/Paris</translation>
    </message>
    <message>
        <source>must be a person&apos;s id</source>
        <translation>doit être l’identifiant d’une personne</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must not be 0 when MTBF is 0: availability would be undefined</source>
        <translation>ne doit pas valoir 0 quand le MTBF vaut 0 : la disponibilité serait indéfinie</translation>
    </message>
    <message>
        <source>must be a whole number of months from 1 to %1</source>
        <translation>doit être un nombre entier de mois de 1 à %1</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>répète « %1 »</translation>
    </message>
    <message>
        <source>must be a local date and time without offset (2026-01-05T09:00)</source>
        <translation>doit être une date et une heure locales sans décalage (2026-01-05T09:00)</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to %1</source>
        <translation>doit être un nombre entier de jours de 1 à %1</translation>
    </message>
    <message>
        <source>must name at least one person</source>
        <translation>doit désigner au moins une personne</translation>
    </message>
    <message>
        <source>must be a date and time with its offset (2026-03-01T09:00:00+01:00)</source>
        <translation>doit être une date et une heure avec leur décalage (2026-03-01T09:00:00+01:00)</translation>
    </message>
    <message>
        <source>must be after its start</source>
        <translation>doit être postérieur au début</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 1 à %1 {0 ?}</translation>
    </message>
    <message>
        <source>must have at least one level</source>
        <translation>doit avoir au moins un niveau</translation>
    </message>
    <message>
        <source>must be a number of minutes from 0 to %1</source>
        <translation>doit être un nombre de minutes de 0 à %1</translation>
    </message>
    <message>
        <source>must not be earlier than the level before</source>
        <translation>ne doit pas précéder le niveau précédent</translation>
    </message>
    <message>
        <source>must name at least one person or role</source>
        <translation>doit désigner au moins une personne ou un rôle</translation>
    </message>
    <message>
        <source>must be a share of the RTO above 0 and at most %1 (1 is the RTO itself)</source>
        <translation>doit être une part du RTO supérieure à 0 et d’au plus %1 (1 est le RTO lui-même)</translation>
    </message>
    <message>
        <source>must be later than the step before</source>
        <translation>doit venir après l’étape précédente</translation>
    </message>
    <message>
        <source>must be a number of minutes above 0 and at most %1</source>
        <translation>doit être un nombre de minutes supérieur à 0 et d’au plus %1</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>needs declaredAt: an exercise ends after it was declared</source>
        <translation>exige declaredAt : un exercice se termine après avoir été déclenché</translation>
    </message>
    <message>
        <source>must not be before declaredAt</source>
        <translation>ne doit pas précéder declaredAt</translation>
    </message>
    <message>
        <source>repeats a runbook</source>
        <translation>répète une procédure</translation>
    </message>
    <message>
        <source>repeats a service</source>
        <translation>répète un service</translation>
    </message>
    <message>
        <source>is required: only the last pause may still be running</source>
        <translation>est obligatoire : seule la dernière pause peut encore durer</translation>
    </message>
    <message>
        <source>must not be before pausedAt</source>
        <translation>ne doit pas précéder pausedAt</translation>
    </message>
    <message>
        <source>must not be before the end of the pause before it</source>
        <translation>ne doit pas précéder la fin de la pause précédente</translation>
    </message>
    <message>
        <source>needs both runbook and step, or neither for a note</source>
        <translation>exige la procédure et l’étape, ou aucune des deux pour une note</translation>
    </message>
    <message>
        <source>repeats step &quot;%1&quot; of runbook &quot;%2&quot;</source>
        <translation>répète l’étape « %1 » de la procédure « %2 »</translation>
    </message>
    <message>
        <source>must not be before startedAt</source>
        <translation>ne doit pas précéder startedAt</translation>
    </message>
    <message>
        <source>must be &quot;startedAt&quot; or &quot;finishedAt&quot;</source>
        <translation>doit être « startedAt » ou « finishedAt »</translation>
    </message>
    <message>
        <source>repeats the service &quot;%1&quot;</source>
        <translation>répète le service « %1 »</translation>
    </message>
    <message>
        <source>repeats the action id &quot;%1&quot;</source>
        <translation>répète l’identifiant d’action « %1 »</translation>
    </message>
    <message>
        <source>is only for actions done</source>
        <translation>n’est que pour les actions faites</translation>
    </message>
    <message>
        <source>is only for a call-tree drill</source>
        <translation>ne vaut que pour un exercice d’arbre d’appel</translation>
    </message>
    <message>
        <source>needs declaredAt: people are called once the drill is declared</source>
        <translation>requiert declaredAt : on appelle une fois l’exercice déclaré</translation>
    </message>
    <message>
        <source>is required: when the person confirmed</source>
        <translation>est requis : quand la personne a confirmé</translation>
    </message>
    <message>
        <source>is only for people who confirmed or were unreachable</source>
        <translation>ne vaut que pour les personnes ayant confirmé ou injoignables</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>must be a percentage above 0 and below 100, such as 99.9</source>
        <translation>doit être un pourcentage supérieur à 0 et inférieur à 100, comme 99.9</translation>
    </message>
    <message>
        <source>must be a number of days such as &quot;30d&quot; (1 to %1), &quot;month&quot; or &quot;quarter&quot;</source>
        <translation>doit être un nombre de jours comme « 30d » (1 à %1), « month » ou « quarter »</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 365</source>
        <translation>doit être un nombre entier de jours de 1 à 365</translation>
    </message>
    <message>
        <source>must be a time zone such as Europe/Berlin or UTC</source>
        <translation>doit être un fuseau horaire comme Europe/Berlin ou UTC</translation>
    </message>
    <message>
        <source>must be an ISO-8601 date and time with its offset, such as 2026-03-04T09:15:00+01:00</source>
        <translation>doit être une date et heure ISO 8601 avec son décalage, comme 2026-03-04T09:15:00+01:00</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5</source>
        <translation>doit être un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>must not be before restoredAt</source>
        <translation>ne doit pas précéder restoredAt</translation>
    </message>
    <message>
        <source>is required for a closed incident</source>
        <translation>est obligatoire pour un incident clos</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10^12</source>
        <translation>doit être un nombre entier de 0 à 10^12</translation>
    </message>
    <message>
        <source>must list at most %1 nodes</source>
        <translation>doit indiquer au plus %1 nœuds</translation>
    </message>
    <message>
        <source>must not be before its start</source>
        <translation>ne doit pas précéder son début</translation>
    </message>
    <message>
        <source>repeats a data store</source>
        <translation>répète une base de données</translation>
    </message>
    <message>
        <source>repeats an action id</source>
        <translation>répète un identifiant d’action</translation>
    </message>
    <message>
        <source>must list at most %1</source>
        <translation>doit en lister au plus %1</translation>
    </message>
    <message>
        <source>must be at most 1000 characters long</source>
        <translation>doit faire au plus 1000 caractères</translation>
    </message>
    <message>
        <source>is required with the other end of the planned window</source>
        <translation>est requis avec l’autre bout de la fenêtre prévue</translation>
    </message>
    <message>
        <source>must be after plannedStart</source>
        <translation>doit être après plannedStart</translation>
    </message>
    <message>
        <source>must be at most %1 hours after plannedStart</source>
        <translation>doit être au plus %1 heures après plannedStart</translation>
    </message>
    <message>
        <source>must not be before actualStart</source>
        <translation>ne doit pas être avant actualStart</translation>
    </message>
    <message>
        <source>is required with actualEnd</source>
        <translation>est requis avec actualEnd</translation>
    </message>
    <message>
        <source>repeats a target</source>
        <translation>répète une cible</translation>
    </message>
    <message>
        <source>must be someone other than the implementer</source>
        <translation>doit être une autre personne que le réalisateur</translation>
    </message>
    <message>
        <source>must list at most 100 steps</source>
        <translation>doit lister au plus 100 étapes</translation>
    </message>
    <message>
        <source>must be a percentage above the step before and at most 100</source>
        <translation>doit être un pourcentage supérieur à l’étape précédente et au plus 100</translation>
    </message>
    <message>
        <source>repeats a person</source>
        <translation>répète une personne</translation>
    </message>
    <message>
        <source>must list at most 1000 checks</source>
        <translation>doit lister au plus 1000 vérifications</translation>
    </message>
    <message>
        <source>repeats an incident</source>
        <translation>répète un incident</translation>
    </message>
    <message>
        <source>is given only once a change is in review or closed</source>
        <translation>n’est indiqué qu’une fois le changement en revue ou clos</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>doit être après start</translation>
    </message>
    <message>
        <source>is required for the scope maxTier</source>
        <translation>est requis pour la portée maxTier</translation>
    </message>
    <message>
        <source>must list a node for the scope nodes</source>
        <translation>doit lister un nœud pour la portée nodes</translation>
    </message>
    <message>
        <source>must list a site for the scope sites</source>
        <translation>doit lister un site pour la portée sites</translation>
    </message>
    <message>
        <source>repeats a node</source>
        <translation>répète un nœud</translation>
    </message>
    <message>
        <source>repeats a site</source>
        <translation>répète un site</translation>
    </message>
    <message>
        <source>must be the id of a process or service</source>
        <translation>doit être l’identifiant d’un processus ou d’un service</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est requis</translation>
    </message>
    <message>
        <source>must be a number of hours above 0 and at most %1</source>
        <translation>doit être un nombre d’heures supérieur à 0 et au plus %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to %1</source>
        <translation>doit être un nombre entier de jours de 0 à %1</translation>
    </message>
    <message>
        <source>repeats a requirement</source>
        <translation>répète une exigence</translation>
    </message>
    <message>
        <source>must be a severity from 1 (worst) to 5</source>
        <translation>doit être une gravité de 1 (la pire) à 5</translation>
    </message>
    <message>
        <source>must be the id of a control</source>
        <translation>doit être l’identifiant d’un contrôle</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>doit comporter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>must be a whole number of bytes</source>
        <translation>doit être un nombre entier d’octets</translation>
    </message>
    <message>
        <source>must be the id of a service or process</source>
        <translation>doit être l’identifiant d’un service ou d’un processus</translation>
    </message>
    <message>
        <source>must be a whole number of accounts</source>
        <translation>doit être un nombre entier de comptes</translation>
    </message>
    <message>
        <source>must not be more than the accounts reviewed</source>
        <translation>ne doit pas dépasser le nombre de comptes revus</translation>
    </message>
    <message>
        <source>an exception accepts either a finding (kind and subject) or a control</source>
        <translation>une exception accepte soit un constat (type et objet), soit un contrôle</translation>
    </message>
    <message>
        <source>must be the kind of a finding (&quot;tier-inversion&quot;)</source>
        <translation>doit être le type d’un constat (« tier-inversion »)</translation>
    </message>
    <message>
        <source>must be the id the finding is about</source>
        <translation>doit être l’identifiant concerné par le constat</translation>
    </message>
    <message>
        <source>must be the id of a person</source>
        <translation>doit être l’identifiant d’une personne</translation>
    </message>
    <message>
        <source>must be after the day it was accepted</source>
        <translation>doit être postérieure au jour de l’acceptation</translation>
    </message>
    <message numerus="yes">
        <source>must be at most %n month(s) after the day it was accepted</source>
        <translation>
            <numerusform>doit être au plus %n mois après le jour de l’acceptation</numerusform>
            <numerusform>doit être au plus %n mois après le jour de l’acceptation</numerusform>
        </translation>
    </message>
    <message>
        <source>must be the code of a licensed activity of DORA&apos;s register (&quot;x222&quot;), or empty</source>
        <translation>doit être le code d’une activité agréée du registre DORA (« x222 ») ou vide</translation>
    </message>
    <message>
        <source>must be one of %1, or empty</source>
        <translation>doit être l’une des valeurs %1 ou vide</translation>
    </message>
    <message>
        <source>must be an ISO 3166 country code (&quot;DE&quot;), or empty</source>
        <translation>doit être un code pays ISO 3166 (« DE ») ou vide</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), or empty</source>
        <translation>doit être une date (AAAA-MM-JJ) ou vide</translation>
    </message>
    <message>
        <source>must be the id of a supplier</source>
        <translation>doit être l’id d’un fournisseur</translation>
    </message>
    <message>
        <source>must be at most 255 characters long</source>
        <translation>doit compter au plus 255 caractères</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>ne doit pas précéder le début</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>doit être un nombre entier de jours</translation>
    </message>
    <message>
        <source>must be a non-negative amount no larger than 1e+15</source>
        <translation>doit être un montant positif ou nul d’au plus 1e+15</translation>
    </message>
    <message>
        <source>must be an ISO 4217 currency code (&quot;EUR&quot;), or empty</source>
        <translation>doit être un code devise ISO 4217 (« EUR ») ou vide</translation>
    </message>
    <message>
        <source>a commitment promises an availability, an RTO or both</source>
        <translation>un engagement promet une disponibilité, un RTO ou les deux</translation>
    </message>
    <message>
        <source>must be 20 upper-case letters and digits (an LEI), or empty</source>
        <translation>doit être 20 majuscules et chiffres (un LEI) ou vide</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>Control &quot;%1&quot;</source>
        <translation>Contrôle « %1 »</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;</source>
        <translation>Preuve « %1 »</translation>
    </message>
    <message>
        <source>Access review &quot;%1&quot;</source>
        <translation>Revue des accès « %1 »</translation>
    </message>
    <message>
        <source>Exception &quot;%1&quot;</source>
        <translation>Exception « %1 »</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;</source>
        <translation>Contrat « %1 »</translation>
    </message>
    <message>
        <source>Commitment &quot;%1&quot;</source>
        <translation>Engagement « %1 »</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Business continuity and disaster-recovery planning</source>
        <translation>Planification de la continuité d’activité et de la reprise après sinistre</translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation>Un fichier de plan à ouvrir.</translation>
    </message>
    <message>
        <source>Open the Analyses area with these ids failed (comma-separated).</source>
        <translation>Ouvrir la zone Analyses avec ces identifiants en panne (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Start in presentation mode (large text for a projector).</source>
        <translation>Démarrer en mode présentation (grand texte pour un projecteur).</translation>
    </message>
    <message>
        <source>Open the plan at an area: %1.</source>
        <translation>Ouvrir le plan dans un espace : %1.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two of a list: &quot;changes, compliance or audit&quot;</comment>
        <translation>%1 ou %2</translation>
    </message>
</context>
</TS>
