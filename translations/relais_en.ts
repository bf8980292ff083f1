<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeskOptions</name>
    <message>
        <source>Relais contact centre desk</source>
        <translation>Relais contact centre desk</translation>
    </message>
    <message>
        <source>Dispatch servers to try in order, separated by commas.</source>
        <translation>Dispatch servers to try in order, separated by commas.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Language of the desk: fr or en.</source>
        <translation>Language of the desk: fr or en.</translation>
    </message>
    <message>
        <source>Start the wallboard face.</source>
        <translation>Start the wallboard face.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--lang must be fr or en</source>
        <translation>--lang must be fr or en</translation>
    </message>
    <message>
        <source>Save pictures of the face into DIR once it is filled, then quit.</source>
        <translation>Save pictures of the face into DIR once it is filled, then quit.</translation>
    </message>
    <message>
        <source>--server needs at least one address</source>
        <translation>--server needs at least one address</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not a server address (ws://host:port or wss://…)</source>
        <translation>--server: &quot;%1&quot; is not a server address (ws://host:port or wss://…)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Voix</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Rappel</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Déconnecté</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Offre en cours</source>
        <translation>Offer pending</translation>
    </message>
    <message>
        <source>En traitement</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Pause café</source>
        <translation>Coffee break</translation>
    </message>
    <message>
        <source>Déjeuner</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Tâches administratives</source>
        <translation>Admin tasks</translation>
    </message>
    <message>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Offre sans réponse</source>
        <translation>Offer not answered</translation>
    </message>
    <message>
        <source>Poste déconnecté</source>
        <translation>Desk disconnected</translation>
    </message>
    <message>
        <source>Imposé par le superviseur</source>
        <translation>Set by a supervisor</translation>
    </message>
    <message>
        <source>Résolu</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Information donnée</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>Rappel prévu</source>
        <translation>Callback scheduled</translation>
    </message>
    <message>
        <source>Escaladé au niveau 2</source>
        <translation>Escalated to level 2</translation>
    </message>
    <message>
        <source>Réclamation enregistrée</source>
        <translation>Complaint recorded</translation>
    </message>
    <message>
        <source>Vente / souscription</source>
        <translation>Sale / subscription</translation>
    </message>
    <message>
        <source>Faux numéro</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Post-traitement non saisi (délai dépassé)</source>
        <translation>Wrap-up not entered (time limit passed)</translation>
    </message>
    <message>
        <source>En file</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Proposée</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Clôturée</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Abandonnée</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Offre expirée : vous passez en pause</source>
        <translation>Offer expired: you are now paused</translation>
    </message>
    <message>
        <source>Le client a raccroché ou quitté la conversation</source>
        <translation>The customer hung up or left the conversation</translation>
    </message>
    <message>
        <source>Offre retirée : connexion perdue</source>
        <translation>Offer withdrawn: connection lost</translation>
    </message>
    <message>
        <source>Interaction transférée</source>
        <translation>Interaction transferred</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>WavAudio</name>
    <message>
        <source>L&apos;enregistrement n&apos;est pas un fichier WAV.</source>
        <translation>The recording is not a WAV file.</translation>
    </message>
    <message>
        <source>L&apos;en-tête WAV de l&apos;enregistrement est incomplet.</source>
        <translation>The recording&apos;s WAV header is incomplete.</translation>
    </message>
    <message>
        <source>Format audio non pris en charge (format %1, %2 bits, %3 canaux).</source>
        <translation>Unsupported audio format (format %1, %2 bits, %3 channels).</translation>
    </message>
</context>
<context>
    <name>relais::app::AgentDirectoryModel</name>
    <message>
        <source>%1 n&apos;est pas connecté·e : le transfert ne peut pas lui être proposé</source>
        <translation>%1 is not signed in: the transfer cannot be offered to them</translation>
    </message>
    <message>
        <source>%1 ne peut pas recevoir ce transfert maintenant (aucun téléphone enregistré)</source>
        <translation>%1 cannot take this transfer now (no phone registered)</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Annuaire indisponible : %1</source>
        <translation>Directory unavailable: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::AgentGridModel</name>
    <message>
        <source>Conseiller</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Interaction en cours</source>
        <translation>Current interaction</translation>
    </message>
    <message>
        <source>Traités aujourd&apos;hui</source>
        <translation>Handled today</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>relais::app::CallbackListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dès que possible</source>
        <translation>As soon as possible</translation>
    </message>
    <message>
        <source>Programmé</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>À rappeler</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>Proposé</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Annulation du rappel impossible : %1</source>
        <translation>Could not cancel the callback: %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>queue %1</translation>
    </message>
    <message>
        <source>demande enregistrée</source>
        <translation>recorded request</translation>
    </message>
</context>
<context>
    <name>relais::app::ConsultController</name>
    <message>
        <source>« %1 » n&apos;est pas un numéro de téléphone</source>
        <translation>“%1” is not a phone number</translation>
    </message>
    <message>
        <source>Consultation impossible : %1</source>
        <translation>Consultation failed: %1</translation>
    </message>
    <message>
        <source>Transfert impossible : %1</source>
        <translation>Transfer failed: %1</translation>
    </message>
    <message>
        <source>Retour à l&apos;appelant impossible : %1</source>
        <translation>Could not go back to the caller: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::ContactHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>relais::app::ConversationModel</name>
    <message>
        <source>En attente de la reconnexion…</source>
        <translation>Waiting for the connection…</translation>
    </message>
    <message>
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Non envoyé</source>
        <translation>Not sent</translation>
    </message>
</context>
<context>
    <name>relais::app::CtiClient</name>
    <message>
        <source>Déconnecté</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Connexion à %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connecté au serveur de secours %1</source>
        <translation>Connected to the backup server %1</translation>
    </message>
    <message>
        <source>Connecté à %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Connexion perdue : reconnexion à %1…</source>
        <translation>Connection lost: reconnecting to %1…</translation>
    </message>
    <message>
        <source>Hors ligne : aucun serveur ne répond, nouvel essai en cours</source>
        <translation>Offline: no server answers, trying again</translation>
    </message>
    <message>
        <source>Pas de connexion au serveur</source>
        <translation>No connection to the server</translation>
    </message>
    <message>
        <source>La connexion au serveur a été perdue</source>
        <translation>The connection to the server was lost</translation>
    </message>
    <message>
        <source>Demande annulée</source>
        <translation>Request cancelled</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas répondu à temps</source>
        <translation>The server did not answer in time</translation>
    </message>
</context>
<context>
    <name>relais::app::CustomerCard</name>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>relais::app::DeskCore</name>
    <message>
        <source>Rappel de %1 impossible : %2</source>
        <translation>Cannot call %1 back: %2</translation>
    </message>
</context>
<context>
    <name>relais::app::EnginePhone</name>
    <message>
        <source>The phone cannot start: %1</source>
        <translation>The phone cannot start: %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 %2</source>
        <translation>Transfer failed: %1 %2</translation>
    </message>
    <message>
        <source>the server has no voice service</source>
        <translation>the server has no voice service</translation>
    </message>
    <message>
        <source>Call to %1 failed: %2 %3</source>
        <translation>Call to %1 failed: %2 %3</translation>
    </message>
    <message>
        <source>The phone is not registered: %1 cannot be called</source>
        <translation>The phone is not registered: %1 cannot be called</translation>
    </message>
    <message>
        <source>Hang up the current call before dialling</source>
        <translation>Hang up the current call before dialling</translation>
    </message>
    <message>
        <source>Cannot call %1: %2</source>
        <translation>Cannot call %1: %2</translation>
    </message>
</context>
<context>
    <name>relais::app::HeadsetPlayback</name>
    <message>
        <source>Aucune sortie son sur ce poste : l&apos;enregistrement ne peut pas être écouté ici.</source>
        <translation>No sound output on this desk: the recording cannot be played here.</translation>
    </message>
    <message>
        <source>La lecture n&apos;a pas pu démarrer.</source>
        <translation>Playback could not start.</translation>
    </message>
    <message>
        <source>La sortie son « %1 » refuse la lecture.</source>
        <translation>The sound output &quot;%1&quot; refuses to play.</translation>
    </message>
    <message>
        <source>La sortie son « %1 » a cessé de fonctionner.</source>
        <translation>The sound output &quot;%1&quot; stopped working.</translation>
    </message>
</context>
<context>
    <name>relais::app::HelpRequestModel</name>
    <message>
        <source>%1 — %2 demande de l&apos;aide</source>
        <translation>%1 — %2 asks for help</translation>
    </message>
    <message>
        <source>%1 — %2 : %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
</context>
<context>
    <name>relais::app::HistorySearchModel</name>
    <message>
        <source>Saisissez au moins 2 caractères</source>
        <translation>Type at least 2 characters</translation>
    </message>
    <message>
        <source>Aucun client ne correspond à « %1 »</source>
        <translation>No customer matches “%1”</translation>
    </message>
    <message>
        <source>Recherche impossible : %1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>Historique indisponible : %1</source>
        <translation>History unavailable: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::InteractionHub</name>
    <message>
        <source>Message trop long (%1 caractères au plus)</source>
        <translation>Message too long (%1 characters at most)</translation>
    </message>
    <message>
        <source>Impossible de terminer l&apos;interaction : %1</source>
        <translation>Cannot end the interaction: %1</translation>
    </message>
    <message>
        <source>Transfert impossible : %1</source>
        <translation>Transfer failed: %1</translation>
    </message>
    <message>
        <source>Transfer to %1 failed (%2): the caller is still with you</source>
        <translation>Transfer to %1 failed (%2): the caller is still with you</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>“%1” is not a phone number</translation>
    </message>
    <message>
        <source>the %1 queue</source>
        <translation>the %1 queue</translation>
    </message>
    <message>
        <source>L&apos;appel est terminé : la consultation de %1 aussi</source>
        <translation>The call has ended: so has the consultation with %1</translation>
    </message>
    <message>
        <source>Consultation de %1 terminée (%2) : l&apos;appelant est de nouveau avec vous</source>
        <translation>Consultation with %1 ended (%2): the caller is back with you</translation>
    </message>
</context>
<context>
    <name>relais::app::InteractionListModel</name>
    <message>
        <source>%1 — %2 (file %3)</source>
        <translation>%1 — %2 (queue %3)</translation>
    </message>
</context>
<context>
    <name>relais::app::KpiModel</name>
    <message>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Attente la plus longue</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Traités</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Taux d&apos;abandon</source>
        <translation>Abandon rate</translation>
    </message>
    <message>
        <source>Durée moyenne de traitement</source>
        <translation>Average handle time</translation>
    </message>
    <message>
        <source>Conseillers prêts</source>
        <translation>Agents ready</translation>
    </message>
    <message>
        <source>Conseillers occupés</source>
        <translation>Agents busy</translation>
    </message>
    <message>
        <source>Conseillers en pause</source>
        <translation>Agents on pause</translation>
    </message>
    <message>
        <source>Conseillers en post-traitement</source>
        <translation>Agents in wrap-up</translation>
    </message>
</context>
<context>
    <name>relais::app::OfferController</name>
    <message>
        <source>Cette offre n&apos;est plus disponible</source>
        <translation>This offer is no longer available</translation>
    </message>
    <message>
        <source>Impossible de répondre : %1</source>
        <translation>Cannot answer: %1</translation>
    </message>
    <message>
        <source>Impossible de refuser : %1</source>
        <translation>Cannot reject: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::QueueStatsModel</name>
    <message>
        <source>File</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Attente max.</source>
        <translation>Max wait</translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Traités</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>DMT</source>
        <translation>DMT</translation>
    </message>
    <message>
        <source>Prêts</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Offre en cours</source>
        <translation>Offer pending</translation>
    </message>
</context>
<context>
    <name>relais::app::RecordingPauseController</name>
    <message>
        <source>The recording could not be paused: %1</source>
        <translation>The recording could not be paused: %1</translation>
    </message>
    <message>
        <source>The recording could not be resumed: %1</source>
        <translation>The recording could not be resumed: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::RecordingPlayer</name>
    <message>
        <source>Cet enregistrement n&apos;est plus disponible sur le serveur.</source>
        <translation>This recording is no longer available on the server.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accès à cet enregistrement.</source>
        <translation>You do not have access to this recording.</translation>
    </message>
    <message>
        <source>L&apos;appel est encore en cours d&apos;enregistrement.</source>
        <translation>The call is still being recorded.</translation>
    </message>
    <message>
        <source>Ce serveur ne fournit pas les enregistrements.</source>
        <translation>This server does not provide recordings.</translation>
    </message>
    <message>
        <source>Connexion au serveur perdue : l&apos;enregistrement n&apos;a pas pu être chargé.</source>
        <translation>Connection to the server lost: the recording could not be loaded.</translation>
    </message>
    <message>
        <source>Chargement de l&apos;enregistrement impossible : %1</source>
        <translation>The recording could not be loaded: %1</translation>
    </message>
    <message>
        <source>Le serveur a envoyé un morceau d&apos;enregistrement incohérent.</source>
        <translation>The server sent an inconsistent piece of the recording.</translation>
    </message>
    <message>
        <source>Enregistrement trop long pour être écouté ici (%1 Mio).</source>
        <translation>Recording too long to be played here (%1 MiB).</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de sortie son : l&apos;enregistrement ne peut pas être écouté ici.</source>
        <translation>This desk has no sound output: the recording cannot be played here.</translation>
    </message>
    <message>
        <source>La sortie son refuse la lecture.</source>
        <translation>The sound output refuses to play.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>relais::app::ReportModel</name>
    <message>
        <source>File</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Traités</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>DMT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Attente moyenne</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Attente max.</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Occupé</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Connecté</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Rapport indisponible : %1</source>
        <translation>Report unavailable: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
</context>
<context>
    <name>relais::app::Session</name>
    <message>
        <source>Aucun serveur ne répond : vérifiez le réseau ou l&apos;adresse du serveur</source>
        <translation>No server answers: check the network or the server address</translation>
    </message>
    <message>
        <source>Votre session a expiré pendant la coupure : reconnectez-vous</source>
        <translation>Your session expired during the outage: sign in again</translation>
    </message>
    <message>
        <source>Votre session a été ouverte sur un autre poste</source>
        <translation>Your session was opened on another workstation</translation>
    </message>
    <message>
        <source>Un superviseur a fermé votre session</source>
        <translation>A supervisor closed your session</translation>
    </message>
    <message>
        <source>Identifiant ou mot de passe incorrect</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <source>Compte verrouillé après trop d&apos;essais : réessayez plus tard ou appelez votre superviseur</source>
        <translation>Account locked after too many attempts: try again later or call your supervisor</translation>
    </message>
    <message>
        <source>Connexion refusée : %1</source>
        <translation>Sign-in refused: %1</translation>
    </message>
    <message>
        <source>Connexion impossible : %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Impossible de passer Prêt : %1</source>
        <translation>Cannot go Ready: %1</translation>
    </message>
    <message>
        <source>Impossible de passer en pause : %1</source>
        <translation>Cannot pause: %1</translation>
    </message>
    <message>
        <source>Ce serveur ne transmet pas encore les demandes d&apos;aide : appelez votre superviseur</source>
        <translation>This server does not pass help requests on yet: call your supervisor</translation>
    </message>
    <message>
        <source>Demande d&apos;aide non transmise : %1</source>
        <translation>Help request not sent: %1</translation>
    </message>
    <message>
        <source>Vous êtes déconnecté</source>
        <translation>You are signed out</translation>
    </message>
    <message>
        <source>Terminez et qualifiez vos interactions avant de vous déconnecter</source>
        <translation>End and wrap up your interactions before signing out</translation>
    </message>
    <message>
        <source>Déconnexion impossible : %1</source>
        <translation>Cannot sign out: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::SupervisionHub</name>
    <message>
        <source>Supervision indisponible : %1</source>
        <translation>Supervision unavailable: %1</translation>
    </message>
    <message>
        <source>%1 est passé Prêt</source>
        <translation>%1 is now Ready</translation>
    </message>
    <message>
        <source>%1 est passé en pause</source>
        <translation>%1 is now paused</translation>
    </message>
    <message>
        <source>Changement d&apos;état refusé : %1</source>
        <translation>State change refused: %1</translation>
    </message>
    <message>
        <source>%1 a été déconnecté</source>
        <translation>%1 was signed out</translation>
    </message>
    <message>
        <source>Déconnexion refusée : %1</source>
        <translation>Sign-out refused: %1</translation>
    </message>
    <message>
        <source>Interaction déplacée vers la file %1</source>
        <translation>Interaction moved to queue %1</translation>
    </message>
    <message>
        <source>Déplacement refusé : %1</source>
        <translation>Move refused: %1</translation>
    </message>
    <message>
        <source>Interaction confiée à %1</source>
        <translation>Interaction given to %1</translation>
    </message>
    <message>
        <source>Demande d&apos;aide prise en charge</source>
        <translation>Help request taken</translation>
    </message>
    <message>
        <source>Prise en charge impossible : %1</source>
        <translation>Cannot take it: %1</translation>
    </message>
    <message>
        <source>Message diffusé à tout le plateau</source>
        <translation>Message broadcast to the whole floor</translation>
    </message>
    <message>
        <source>Message diffusé à l&apos;équipe %1</source>
        <translation>Message broadcast to team %1</translation>
    </message>
    <message>
        <source>Diffusion refusée : %1</source>
        <translation>Broadcast refused: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::UserSettings</name>
    <message>
        <source>Réglage non enregistré sur le serveur : %1</source>
        <translation>Setting not saved on the server: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::WaitingInteractionModel</name>
    <message>
        <source>Offered to %1</source>
        <translation>Offered to %1</translation>
    </message>
    <message>
        <source>Kept for %1</source>
        <translation>Kept for %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>relais::app::WrapupController</name>
    <message>
        <source>Choisissez une qualification</source>
        <translation>Choose a disposition</translation>
    </message>
    <message>
        <source>Complétez le rappel : numéro et date</source>
        <translation>Complete the callback: number and date</translation>
    </message>
    <message>
        <source>Rappel demandé le %1 au %2</source>
        <translation>Callback requested on %1 at %2</translation>
    </message>
    <message>
        <source>Qualification refusée : %1</source>
        <translation>Disposition refused: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::AgentWindow</name>
    <message>
        <source>New message</source>
        <translation>New message</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <source>Wrap-up saved</source>
        <translation>Wrap-up saved</translation>
    </message>
    <message>
        <source>Your request for help was sent to the supervisors.</source>
        <translation>Your request for help was sent to the supervisors.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message from %1</translation>
    </message>
    <message>
        <source>Now connected to the backup site %1</source>
        <translation>Now connected to the backup site %1</translation>
    </message>
    <message>
        <source>Reconnected: your session was resumed.</source>
        <translation>Reconnected: your session was resumed.</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>What do you need? (optional — the supervisors see your current interaction)</source>
        <translation>What do you need? (optional — the supervisors see your current interaction)</translation>
    </message>
    <message>
        <source>Relais – Agent desk</source>
        <translation>Relais – Agent desk</translation>
    </message>
    <message>
        <source>Relais – %1 – %2</source>
        <translation>Relais – %1 – %2</translation>
    </message>
    <message>
        <source>Quit Relais</source>
        <translation>Quit Relais</translation>
    </message>
    <message>
        <source>You still have interactions in hand. Quit anyway? They stay assigned to you for 2 minutes, then go back to their queues.</source>
        <translation>You still have interactions in hand. Quit anyway? They stay assigned to you for 2 minutes, then go back to their queues.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>The screen-pop: customer card and contact history (Ctrl+Shift+C)</source>
        <translation>The screen-pop: customer card and contact history (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Callbacks to make (Ctrl+Shift+B)</source>
        <translation>Callbacks to make (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>History search by number, name or e-mail (Ctrl+F)</source>
        <translation>History search by number, name or e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dark theme</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>End / hang up</source>
        <translation>End / hang up</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unlock the desk to answer it.</source>
        <translation>Unlock the desk to answer it.</translation>
    </message>
    <message>
        <source>A %1 offer is waiting in queue %2. Unlock to answer it.</source>
        <translation>A %1 offer is waiting in queue %2. Unlock to answer it.</translation>
    </message>
    <message>
        <source>Unlock the desk to read it.</source>
        <translation>Unlock the desk to read it.</translation>
    </message>
    <message>
        <source>%1 took their caller back</source>
        <translation>%1 took their caller back</translation>
    </message>
    <message>
        <source>The caller hung up: the consultation with %1 is over</source>
        <translation>The caller hung up: the consultation with %1 is over</translation>
    </message>
    <message>
        <source>The consultation with %1 is over</source>
        <translation>The consultation with %1 is over</translation>
    </message>
    <message>
        <source>Consultation from %1</source>
        <translation>Consultation from %1</translation>
    </message>
    <message>
        <source>Unlock the desk to see what it is about.</source>
        <translation>Unlock the desk to see what it is about.</translation>
    </message>
</context>
<context>
    <name>relais::ui::BroadcastBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>relais::ui::BroadcastDialog</name>
    <message>
        <source>Broadcast a message</source>
        <translation>Broadcast a message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>relais::ui::CallbacksView</name>
    <message>
        <source>Callbacks (%1)</source>
        <translation>Callbacks (%1)</translation>
    </message>
    <message>
        <source>No callback to make. Callbacks you schedule in a wrap-up and callback requests routed to you show here.</source>
        <translation>No callback to make. Callbacks you schedule in a wrap-up and callback requests routed to you show here.</translation>
    </message>
    <message>
        <source>This server does not list the queues&apos; callbacks: only yours are shown.</source>
        <translation>This server does not list the queues&apos; callbacks: only yours are shown.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Call the customer now: your phone rings, then their number (Enter)</source>
        <translation>Call the customer now: your phone rings, then their number (Enter)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConnectionBanner</name>
    <message>
        <source>Lost %1 ago</source>
        <translation>Lost %1 ago</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message waiting to be sent</numerusform>
            <numerusform>%n messages waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the server lost: reconnecting to %1… Your open chats are kept; calls in progress continue.</source>
        <translation>Connection to the server lost: reconnecting to %1… Your open chats are kept; calls in progress continue.</translation>
    </message>
    <message>
        <source>OFFLINE: no server answers. The desk keeps trying; your replies will be sent when the link is back.</source>
        <translation>OFFLINE: no server answers. The desk keeps trying; your replies will be sent when the link is back.</translation>
    </message>
    <message>
        <source>Switched to the backup site (%1). You can keep working.</source>
        <translation>Switched to the backup site (%1). You can keep working.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultBar</name>
    <message>
        <source>Caller on hold — you are talking with %1</source>
        <translation>Caller on hold — you are talking with %1</translation>
    </message>
    <message>
        <source>Caller on hold — calling %1…</source>
        <translation>Caller on hold — calling %1…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Complete transfer</translation>
    </message>
    <message>
        <source>Hand the caller over to %1 and leave the call</source>
        <translation>Hand the caller over to %1 and leave the call</translation>
    </message>
    <message>
        <source>Back to caller</source>
        <translation>Back to caller</translation>
    </message>
    <message>
        <source>Hang up on %1 and talk with the caller again</source>
        <translation>Hang up on %1 and talk with the caller again</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultedBanner</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a caller</source>
        <translation>a caller</translation>
    </message>
    <message>
        <source>%1, queue %2</source>
        <translation>%1, queue %2</translation>
    </message>
    <message>
        <source>%1 is calling you to consult about %2. Answer (F2) to talk with them; the caller is on hold.</source>
        <translation>%1 is calling you to consult about %2. Answer (F2) to talk with them; the caller is on hold.</translation>
    </message>
    <message>
        <source>Consultation with %1 about %2. The caller is on hold until %1 hands the call over to you or takes it back.</source>
        <translation>Consultation with %1 about %2. The caller is on hold until %1 hands the call over to you or takes it back.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ContactHistoryDelegate</name>
    <message>
        <source>recorded</source>
        <translation>recorded</translation>
    </message>
</context>
<context>
    <name>relais::ui::ContactHistoryView</name>
    <message>
        <source>Contact history (%1)</source>
        <translation>Contact history (%1)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Contact history</translation>
    </message>
    <message>
        <source>First contact: no history for this customer.</source>
        <translation>First contact: no history for this customer.</translation>
    </message>
    <message>
        <source>The customer&apos;s past contacts show here.</source>
        <translation>The customer&apos;s past contacts show here.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConversationRecordingBar</name>
    <message>
        <source>Resume recording</source>
        <translation>Resume recording</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pause recording</translation>
    </message>
    <message>
        <source>Record the call again (Ctrl+Shift+P)</source>
        <translation>Record the call again (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Stop recording while the customer reads out a card number (Ctrl+Shift+P)</source>
        <translation>Stop recording while the customer reads out a card number (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Recording paused: nothing is being recorded.</source>
        <translation>Recording paused: nothing is being recorded.</translation>
    </message>
    <message>
        <source>● This call is recorded</source>
        <translation>● This call is recorded</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConversationView</name>
    <message>
        <source>No canned responses in the configuration</source>
        <translation>No canned responses in the configuration</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>queue %1</translation>
    </message>
    <message>
        <source>The call is over. Fill in the wrap-up below.</source>
        <translation>The call is over. Fill in the wrap-up below.</translation>
    </message>
    <message>
        <source>Call in progress: use the phone panel (hold F7, mute F8, hang up F4).</source>
        <translation>Call in progress: use the phone panel (hold F7, mute F8, hang up F4).</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer to a queue, an agent or a number (Ctrl+T)</source>
        <translation>Transfer to a queue, an agent or a number (Ctrl+T)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>End the interaction and go to wrap-up (F4)</source>
        <translation>End the interaction and go to wrap-up (F4)</translation>
    </message>
    <message>
        <source>No interaction selected.
Offers appear at the top right; your open interactions are listed on the left (Ctrl+1…9).</source>
        <translation>No interaction selected.
Offers appear at the top right; your open interactions are listed on the left (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Canned responses (Ctrl+Shift+R)</source>
        <translation>Canned responses (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter to send)</source>
        <translation>Write your reply… (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Send the reply (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Callback: Call back rings your phone, then the customer; then use the phone panel (hold F7, mute F8, hang up F4).</source>
        <translation>Callback: Call back rings your phone, then the customer; then use the phone panel (hold F7, mute F8, hang up F4).</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Call the customer back: your phone rings, then their number</source>
        <translation>Call the customer back: your phone rings, then their number</translation>
    </message>
</context>
<context>
    <name>relais::ui::CustomerCardView</name>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>No customer on screen. The card fills in as soon as an interaction is offered or selected.</source>
        <translation>No customer on screen. The card fills in as soon as an interaction is offered or selected.</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unknown customer</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Speaks: %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::DayCharts</name>
    <message>
        <source>Contacts and service level per 15 minutes</source>
        <translation>Contacts and service level per 15 minutes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Service level (%)</translation>
    </message>
    <message>
        <source>Waiting callers, last hour</source>
        <translation>Waiting callers, last hour</translation>
    </message>
</context>
<context>
    <name>relais::ui::DeskShell</name>
    <message>
        <source>You signed in on another workstation: this one was signed out.</source>
        <translation>You signed in on another workstation: this one was signed out.</translation>
    </message>
    <message>
        <source>A supervisor signed you out.</source>
        <translation>A supervisor signed you out.</translation>
    </message>
    <message>
        <source>Your session expired: please sign in again.</source>
        <translation>Your session expired: please sign in again.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>This account was opened on another workstation. A wallboard needs an account without the agent role.</source>
        <translation>This account was opened on another workstation. A wallboard needs an account without the agent role.</translation>
    </message>
    <message>
        <source>The session ended: signing in again.</source>
        <translation>The session ended: signing in again.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ForceStateDialog</name>
    <message>
        <source>Sign the agent out</source>
        <translation>Sign the agent out</translation>
    </message>
    <message>
        <source>Why sign %1 out? (required, kept in the audit trail)</source>
        <translation>Why sign %1 out? (required, kept in the audit trail)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Force a pause</source>
        <translation>Force a pause</translation>
    </message>
    <message>
        <source>Why pause %1? (required, kept in the audit trail)</source>
        <translation>Why pause %1? (required, kept in the audit trail)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Force ready</source>
        <translation>Force ready</translation>
    </message>
    <message>
        <source>Why make %1 ready? (optional)</source>
        <translation>Why make %1 ready? (optional)</translation>
    </message>
    <message>
        <source>Make ready</source>
        <translation>Make ready</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>relais::ui::HistorySearchView</name>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Type at least 2 characters: a number, a name or an e-mail address.</source>
        <translation>Type at least 2 characters: a number, a name or an e-mail address.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, name or e-mail (Ctrl+F)</source>
        <translation>Number, name or e-mail (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>relais::ui::IdleLock</name>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Your session, calls and chats keep running. Type your password to unlock.</source>
        <translation>Your session, calls and chats keep running. Type your password to unlock.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>Unlock (Enter)</translation>
    </message>
</context>
<context>
    <name>relais::ui::InboxView</name>
    <message>
        <source>Interactions (%1)</source>
        <translation>Interactions (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in hand. Go Ready (F5) to receive interactions.</source>
        <translation>Nothing in hand. Go Ready (F5) to receive interactions.</translation>
    </message>
    <message>
        <source>%1 / %2 chats</source>
        <translation>%1 / %2 chats</translation>
    </message>
    <message>
        <source>%1 / %2 calls</source>
        <translation>%1 / %2 calls</translation>
    </message>
    <message>
        <source>%1 / %2 e-mails</source>
        <translation>%1 / %2 e-mails</translation>
    </message>
    <message>
        <source>%1 / %2 SMS</source>
        <translation>%1 / %2 SMS</translation>
    </message>
    <message>
        <source>%1 / %2 WhatsApp</source>
        <translation>%1 / %2 WhatsApp</translation>
    </message>
    <message>
        <source>%1 / %2 Facebook</source>
        <translation>%1 / %2 Facebook</translation>
    </message>
    <message>
        <source>%1 / %2 callbacks</source>
        <translation>%1 / %2 callbacks</translation>
    </message>
    <message>
        <source>Open interactions out of how many you take at once: when one is full, no more of it is offered to you.</source>
        <translation>Open interactions out of how many you take at once: when one is full, no more of it is offered to you.</translation>
    </message>
    <message>
        <source>Your interactions: Ctrl+1…9 opens the first to the ninth, the arrow keys move between them.</source>
        <translation>Your interactions: Ctrl+1…9 opens the first to the ninth, the arrow keys move between them.</translation>
    </message>
</context>
<context>
    <name>relais::ui::IndicatorDialog</name>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>relais::ui::KioskStatusWindow</name>
    <message>
        <source>Relais – Wallboard</source>
        <translation>Relais – Wallboard</translation>
    </message>
    <message>
        <source>The wallboard&apos;s account was refused</source>
        <translation>The wallboard&apos;s account was refused</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>%1
Ask the administrator to check the wallboard&apos;s user and RELAIS_PASSWORD.</source>
        <translation>%1
Ask the administrator to check the wallboard&apos;s user and RELAIS_PASSWORD.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s)</source>
        <translation>
            <numerusform>Next attempt in %n second</numerusform>
            <numerusform>Next attempt in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>relais::ui::LoginDialog</name>
    <message>
        <source>No valid server address. Example: ws://dispatch.example:8433/cti</source>
        <translation>No valid server address. Example: ws://dispatch.example:8433/cti</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Relais – Sign in</source>
        <translation>Relais – Sign in</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Contact centre desk</source>
        <translation>Contact centre desk</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Servers:</translation>
    </message>
    <message>
        <source>One address, or several separated by commas: the desk uses the first that answers and switches to the next one if it is lost.</source>
        <translation>One address, or several separated by commas: the desk uses the first that answers and switches to the next one if it is lost.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Stop signing in (Esc)</source>
        <translation>Stop signing in (Esc)</translation>
    </message>
    <message>
        <source>Quit Relais (Esc)</source>
        <translation>Quit Relais (Esc)</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>The system keychain cannot be read: %1</translation>
    </message>
    <message>
        <source>Your password is never saved on this workstation, unless you ask for it to be kept in the system keychain.</source>
        <translation>Your password is never saved on this workstation, unless you ask for it to be kept in the system keychain.</translation>
    </message>
    <message>
        <source>&amp;Remember my password (system keychain)</source>
        <translation>&amp;Remember my password (system keychain)</translation>
    </message>
    <message>
        <source>Kept encrypted by the system&apos;s keychain for this user and these servers; untick it to forget it.</source>
        <translation>Kept encrypted by the system&apos;s keychain for this user and these servers; untick it to forget it.</translation>
    </message>
</context>
<context>
    <name>relais::ui::MessageDelegate</name>
    <message>
        <source>double-click to send again</source>
        <translation>double-click to send again</translation>
    </message>
</context>
<context>
    <name>relais::ui::OfferToast</name>
    <message>
        <source>%1 · queue %2</source>
        <translation>%1 · queue %2</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priority %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more offer(s) waiting</source>
        <translation>
            <numerusform>%n more offer waiting</numerusform>
            <numerusform>%n more offers waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Answering…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>New %1 offer</source>
        <translation>New %1 offer</translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation>%1 (queue %2)</translation>
    </message>
    <message>
        <source>waited %1 · %2 s left</source>
        <translation>waited %1 · %2 s left</translation>
    </message>
    <message>
        <source>Answer (F2)</source>
        <translation>Answer (F2)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Reject: the offer goes to another agent (F3)</source>
        <translation>Reject: the offer goes to another agent (F3)</translation>
    </message>
</context>
<context>
    <name>relais::ui::RecordingControls</name>
    <message>
        <source>Recorded request</source>
        <translation>Recorded request</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Stop listening</translation>
    </message>
    <message>
        <source>Listen to the customer&apos;s recorded request</source>
        <translation>Listen to the customer&apos;s recorded request</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Call recording</translation>
    </message>
    <message>
        <source>Listen to the recording of this call</source>
        <translation>Listen to the recording of this call</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Per queue</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Per agent</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Report per agent</source>
        <translation>Report per agent</translation>
    </message>
    <message>
        <source>Report per queue</source>
        <translation>Report per queue</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SoftphonePanel</name>
    <message>
        <source>Calling %1…</source>
        <translation>Calling %1…</translation>
    </message>
    <message>
        <source>No phone on this desk: calls cannot be answered here. Chats, e-mails and messages work as usual.</source>
        <translation>No phone on this desk: calls cannot be answered here. Chats, e-mails and messages work as usual.</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>In a call</translation>
    </message>
    <message>
        <source>Phone ready</source>
        <translation>Phone ready</translation>
    </message>
    <message>
        <source>Phone not registered: %1</source>
        <translation>Phone not registered: %1</translation>
    </message>
    <message>
        <source>Registering the phone…</source>
        <translation>Registering the phone…</translation>
    </message>
    <message>
        <source>Not offered by this phone yet</source>
        <translation>Not offered by this phone yet</translation>
    </message>
    <message>
        <source>Hold (F7)</source>
        <translation>Hold (F7)</translation>
    </message>
    <message>
        <source>Mute the microphone (F8)</source>
        <translation>Mute the microphone (F8)</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <source>Headset level</source>
        <translation>Headset level</translation>
    </message>
    <message>
        <source>Quality: —</source>
        <translation>Quality: —</translation>
    </message>
    <message>
        <source>Call quality from RTCP (loss, jitter, round trip)</source>
        <translation>Call quality from RTCP (loss, jitter, round trip)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Number to dial</translation>
    </message>
    <message>
        <source>Number to dial (Ctrl+D), Enter to call</source>
        <translation>Number to dial (Ctrl+D), Enter to call</translation>
    </message>
    <message>
        <source>Call this number (Enter)</source>
        <translation>Call this number (Enter)</translation>
    </message>
    <message>
        <source>Answer the call offered (F2)</source>
        <translation>Answer the call offered (F2)</translation>
    </message>
    <message>
        <source>Hang up (F4)</source>
        <translation>Hang up (F4)</translation>
    </message>
    <message>
        <source>Transfer the call to a queue, an agent or a number (Ctrl+T)</source>
        <translation>Transfer the call to a queue, an agent or a number (Ctrl+T)</translation>
    </message>
    <message>
        <source>Dial pad (Ctrl+Shift+D)</source>
        <translation>Dial pad (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Audio devices</translation>
    </message>
    <message>
        <source>Headset:</source>
        <translation>Headset:</translation>
    </message>
    <message>
        <source>Ringer:</source>
        <translation>Ringer:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Incoming call from %1</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>On hold: %1</translation>
    </message>
    <message>
        <source>The caller put you on hold</source>
        <translation>The caller put you on hold</translation>
    </message>
    <message>
        <source>In a call with %1</source>
        <translation>In a call with %1</translation>
    </message>
    <message>
        <source>Quality: good</source>
        <translation>Quality: good</translation>
    </message>
    <message>
        <source>Quality: fair</source>
        <translation>Quality: fair</translation>
    </message>
    <message>
        <source>Quality: poor</source>
        <translation>Quality: poor</translation>
    </message>
    <message>
        <source>MOS %1 · loss %2 % · jitter %3 ms · round trip %4 · %5</source>
        <translation>MOS %1 · loss %2 % · jitter %3 ms · round trip %4 · %5</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Microphone:</translation>
    </message>
    <message>
        <source>Transferring to %1: stay with the caller until it answers</source>
        <translation>Transferring to %1: stay with the caller until it answers</translation>
    </message>
</context>
<context>
    <name>relais::ui::StateBar</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Handled today: %1</source>
        <translation>Handled today: %1</translation>
    </message>
    <message>
        <source>AHT %1</source>
        <translation>AHT %1</translation>
    </message>
    <message>
        <source>Interactions you closed today and your average handle time (from answer to the end of wrap-up)</source>
        <translation>Interactions you closed today and your average handle time (from answer to the end of wrap-up)</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Wrap-up: %1 left</source>
        <translation>Wrap-up: %1 left</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Ready to take interactions (F5)</source>
        <translation>Ready to take interactions (F5)</translation>
    </message>
    <message>
        <source>Pause with a reason (F6, then the reason&apos;s number)</source>
        <translation>Pause with a reason (F6, then the reason&apos;s number)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Ask a supervisor for help (Ctrl+Shift+H)</source>
        <translation>Ask a supervisor for help (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Theme, language, lock, sign out (Alt+M)</source>
        <translation>Theme, language, lock, sign out (Alt+M)</translation>
    </message>
    <message>
        <source>Help asked</source>
        <translation>Help asked</translation>
    </message>
    <message>
        <source>The supervisors have your request for help; one will come to you (Ctrl+Shift+H to add a note)</source>
        <translation>The supervisors have your request for help; one will come to you (Ctrl+Shift+H to add a note)</translation>
    </message>
</context>
<context>
    <name>relais::ui::SupervisorPlaceholderWindow</name>
    <message>
        <source>Relais – Supervisor</source>
        <translation>Relais – Supervisor</translation>
    </message>
    <message>
        <source>Supervisor face: coming soon</source>
        <translation>Supervisor face: coming soon</translation>
    </message>
    <message>
        <source>Queue figures, the agents&apos; grid and broadcasts will be here. Until then you can work as an agent if your account allows it.</source>
        <translation>Queue figures, the agents&apos; grid and broadcasts will be here. Until then you can work as an agent if your account allows it.</translation>
    </message>
    <message>
        <source>Relais – Wallboard</source>
        <translation>Relais – Wallboard</translation>
    </message>
    <message>
        <source>Wallboard: coming soon</source>
        <translation>Wallboard: coming soon</translation>
    </message>
    <message>
        <source>The wall display of the queues&apos; figures is not written yet.</source>
        <translation>The wall display of the queues&apos; figures is not written yet.</translation>
    </message>
    <message>
        <source>Relais – Trainer</source>
        <translation>Relais – Trainer</translation>
    </message>
    <message>
        <source>Trainer face: coming soon</source>
        <translation>Trainer face: coming soon</translation>
    </message>
    <message>
        <source>Listening to and coaching agents is not written yet.</source>
        <translation>Listening to and coaching agents is not written yet.</translation>
    </message>
    <message>
        <source>Open the agent face</source>
        <translation>Open the agent face</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>relais::ui::SupervisorWindow</name>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Relais – Supervisor</source>
        <translation>Relais – Supervisor</translation>
    </message>
    <message>
        <source>Search an agent</source>
        <translation>Search an agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation>%1 asks for help</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Wallboard</translation>
    </message>
    <message>
        <source>&amp;Agent face</source>
        <translation>&amp;Agent face</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicators…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>Force &amp;ready…</source>
        <translation>Force &amp;ready…</translation>
    </message>
    <message>
        <source>Force &amp;pause…</source>
        <translation>Force &amp;pause…</translation>
    </message>
    <message>
        <source>Sign the agent &amp;out…</source>
        <translation>Sign the agent &amp;out…</translation>
    </message>
    <message>
        <source>&amp;Move a waiting interaction…</source>
        <translation>&amp;Move a waiting interaction…</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>&amp;Broadcast…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Select an agent in the grid first.</source>
        <translation>Select an agent in the grid first.</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>End of shift</translation>
    </message>
    <message>
        <source>Left without signing out</source>
        <translation>Left without signing out</translation>
    </message>
    <message>
        <source>Workstation problem</source>
        <translation>Workstation problem</translation>
    </message>
</context>
<context>
    <name>relais::ui::TransferAgentDialog</name>
    <message>
        <source>Transfer to an agent</source>
        <translation>Transfer to an agent</translation>
    </message>
    <message>
        <source>Choose the colleague to hand the call to. Greyed: not signed in, or no phone.</source>
        <translation>Choose the colleague to hand the call to. Greyed: not signed in, or no phone.</translation>
    </message>
    <message>
        <source>Choose the colleague to hand the conversation to. Greyed: not signed in.</source>
        <translation>Choose the colleague to hand the conversation to. Greyed: not signed in.</translation>
    </message>
    <message>
        <source>Type a name or an identifier…</source>
        <translation>Type a name or an identifier…</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation>Loading the directory…</translation>
    </message>
    <message>
        <source>No colleague to transfer to.</source>
        <translation>No colleague to transfer to.</translation>
    </message>
    <message>
        <source>No colleague matches “%1”.</source>
        <translation>No colleague matches “%1”.</translation>
    </message>
    <message>
        <source>None of these colleagues can take the transfer now.</source>
        <translation>None of these colleagues can take the transfer now.</translation>
    </message>
</context>
<context>
    <name>relais::ui::TransferMenu</name>
    <message>
        <source>To a queue</source>
        <translation>To a queue</translation>
    </message>
    <message>
        <source>To an &amp;agent…</source>
        <translation>To an &amp;agent…</translation>
    </message>
    <message>
        <source>To a &amp;number…</source>
        <translation>To a &amp;number…</translation>
    </message>
    <message>
        <source>Only calls can be transferred to a number</source>
        <translation>Only calls can be transferred to a number</translation>
    </message>
    <message>
        <source>Transfer to a number</source>
        <translation>Transfer to a number</translation>
    </message>
    <message>
        <source>Number to transfer the caller to (you stay with them until it answers):</source>
        <translation>Number to transfer the caller to (you stay with them until it answers):</translation>
    </message>
    <message>
        <source>Consult a number</source>
        <translation>Consult a number</translation>
    </message>
    <message>
        <source>Number to talk to before transferring (the caller is put on hold meanwhile):</source>
        <translation>Number to talk to before transferring (the caller is put on hold meanwhile):</translation>
    </message>
    <message>
        <source>&amp;Consult a number first…</source>
        <translation>&amp;Consult a number first…</translation>
    </message>
    <message>
        <source>Talk to the number while the caller is on hold, then complete the transfer or go back to the caller</source>
        <translation>Talk to the number while the caller is on hold, then complete the transfer or go back to the caller</translation>
    </message>
    <message>
        <source>Consult a colleague</source>
        <translation>Consult a colleague</translation>
    </message>
    <message>
        <source>Consult a co&amp;lleague first…</source>
        <translation>Consult a co&amp;lleague first…</translation>
    </message>
    <message>
        <source>Talk to a colleague while the caller is on hold, then complete the transfer or go back to the caller</source>
        <translation>Talk to a colleague while the caller is on hold, then complete the transfer or go back to the caller</translation>
    </message>
    <message>
        <source>Only calls can be consulted on first</source>
        <translation>Only calls can be consulted on first</translation>
    </message>
</context>
<context>
    <name>relais::ui::WaitingPane</name>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
    <message>
        <source>Move the selected one to</source>
        <translation>Move the selected one to</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Queue %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::WallboardWindow</name>
    <message>
        <source>Relais – Wallboard</source>
        <translation>Relais – Wallboard</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
</context>
<context>
    <name>relais::ui::WrapupPanel</name>
    <message>
        <source>Choose a disposition first.</source>
        <translation>Choose a disposition first.</translation>
    </message>
    <message>
        <source>— choose a disposition —</source>
        <translation>— choose a disposition —</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Wrap-up — %1</source>
        <translation>Wrap-up — %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Close wrap-up</source>
        <translation>Close wrap-up</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>&amp;Disposition *</source>
        <translation>&amp;Disposition *</translation>
    </message>
    <message>
        <source>Required: how the interaction ended</source>
        <translation>Required: how the interaction ended</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Why the customer got in touch</source>
        <translation>Why the customer got in touch</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>What was done, what was promised (Ctrl+Enter to close)</source>
        <translation>What was done, what was promised (Ctrl+Enter to close)</translation>
    </message>
    <message>
        <source>Schedule a &amp;callback</source>
        <translation>Schedule a &amp;callback</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>When to call back</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Number to call</translation>
    </message>
    <message>
        <source>Save the wrap-up and close the interaction (Ctrl+Enter)</source>
        <translation>Save the wrap-up and close the interaction (Ctrl+Enter)</translation>
    </message>
</context>
</TS>
