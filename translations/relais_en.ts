<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeskOptions</name>
    <message>
        <source>Relais contact centre desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch servers to try in order, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the desk: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the wallboard face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be fr or en</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Voix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déconnecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjeuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tâches administratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre sans réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste déconnecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imposé par le superviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résolu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information donnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escaladé au niveau 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réclamation enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vente / souscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faux numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-traitement non saisi (délai dépassé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôturée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre expirée : vous passez en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le client a raccroché ou quitté la conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre retirée : connexion perdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction transférée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::AgentGridModel</name>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traités aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::CallbackListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dès que possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::ContactHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::ConversationModel</name>
    <message>
        <source>En attente de la reconnexion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non envoyé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::CtiClient</name>
    <message>
        <source>Déconnecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion à %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecté au serveur de secours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecté à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion perdue : reconnexion à %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors ligne : aucun serveur ne répond, nouvel essai en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de connexion au serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La connexion au serveur a été perdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas répondu à temps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::CustomerCard</name>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::HelpRequestModel</name>
    <message>
        <source>%1 — %2 demande de l&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 : %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::HistorySearchModel</name>
    <message>
        <source>Saisissez au moins 2 caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client ne correspond à « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique indisponible : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::InteractionHub</name>
    <message>
        <source>Message trop long (%1 caractères au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de terminer l&apos;interaction : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfert impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::InteractionListModel</name>
    <message>
        <source>%1 — %2 (file %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::KpiModel</name>
    <message>
        <source>En attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attente la plus longue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux d&apos;abandon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée moyenne de traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseillers prêts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseillers occupés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseillers en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseillers en post-traitement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::OfferController</name>
    <message>
        <source>Cette offre n&apos;est plus disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de répondre : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de refuser : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::QueueStatsModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attente max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre en cours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::Session</name>
    <message>
        <source>Aucun serveur ne répond : vérifiez le réseau ou l&apos;adresse du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre session a expiré pendant la coupure : reconnectez-vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre session a été ouverte sur un autre poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un superviseur a fermé votre session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant ou mot de passe incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte verrouillé après trop d&apos;essais : réessayez plus tard ou appelez votre superviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion refusée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de passer Prêt : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de passer en pause : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce serveur ne transmet pas encore les demandes d&apos;aide : appelez votre superviseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande d&apos;aide non transmise : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes déconnecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminez et qualifiez vos interactions avant de vous déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déconnexion impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::SupervisionHub</name>
    <message>
        <source>Supervision indisponible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 est passé Prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 est passé en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement d&apos;état refusé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a été déconnecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déconnexion refusée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction déplacée vers la file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacement refusé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction confiée à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande d&apos;aide prise en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prise en charge impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message diffusé à tout le plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message diffusé à l&apos;équipe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion refusée : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::app::WrapupController</name>
    <message>
        <source>Choisissez une qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complétez le rappel : numéro et date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel demandé le %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification refusée : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::AgentWindow</name>
    <message>
        <source>No phone on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request for help was sent to the supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now connected to the backup site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected: your session was resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need? (optional — the supervisors see your current interaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais – Agent desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais – %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You still have interactions in hand. Quit anyway? They stay assigned to you for 2 minutes, then go back to their queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen-pop: customer card and contact history (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks to make (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History search by number, name or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End / hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::BroadcastBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::CallbacksView</name>
    <message>
        <source>Callbacks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback to make. Callbacks you schedule in a wrap-up and callback requests routed to you show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this number (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not list the queues&apos; callbacks: only yours are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the customer&apos;s recorded request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::ConnectionBanner</name>
    <message>
        <source>Lost %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the server lost: reconnecting to %1… Your open chats are kept; calls in progress continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE: no server answers. The desk keeps trying; your replies will be sent when the link is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to the backup site (%1). You can keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::ContactHistoryView</name>
    <message>
        <source>Contact history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact: no history for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s past contacts show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::ConversationView</name>
    <message>
        <source>No canned responses in the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is over. Fill in the wrap-up below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call in progress: use the phone panel (hold F7, mute F8, hang up F4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to a queue, an agent or a number (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the interaction and go to wrap-up (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interaction selected.
Offers appear at the top right; your open interactions are listed on the left (Ctrl+1…9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned responses (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter to send)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::CustomerCardView</name>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer on screen. The card fills in as soon as an interaction is offered or selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::DeskShell</name>
    <message>
        <source>You signed in on another workstation: this one was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor signed you out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session expired: please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::HistorySearchView</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least 2 characters: a number, a name or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Number, name or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::IdleLock</name>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session, calls and chats keep running. Type your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::InboxView</name>
    <message>
        <source>Interactions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in hand. Go Ready (F5) to receive interactions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::LoginDialog</name>
    <message>
        <source>No valid server address. Example: ws://dispatch.example:8433/cti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais – Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact centre desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address, or several separated by commas: the desk uses the first that answers and switches to the next one if it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is never saved on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop signing in (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Relais (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::MessageDelegate</name>
    <message>
        <source>double-click to send again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::OfferToast</name>
    <message>
        <source>%1 · queue %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more offer(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 · %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: the offer goes to another agent (F3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::SoftphonePanel</name>
    <message>
        <source>Transfer to a number is not offered by this phone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone on this desk: calls cannot be answered here. Chats, e-mails and messages work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered by this phone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the microphone (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headset level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call quality from RTCP (loss, jitter, round trip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to dial (Ctrl+D), Enter to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this number (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the call offered (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the call to a queue, an agent or a number (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial pad (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::StateBar</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions you closed today and your average handle time (from answer to the end of wrap-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to take interactions (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause with a reason (F6, then the reason&apos;s number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor for help (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme, language, lock, sign out (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::SupervisorPlaceholderWindow</name>
    <message>
        <source>Relais – Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor face: coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue figures, the agents&apos; grid and broadcasts will be here. Until then you can work as an agent if your account allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais – Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard: coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall display of the queues&apos; figures is not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relais – Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer face: coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to and coaching agents is not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the agent face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::TransferMenu</name>
    <message>
        <source>No phone on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To an &amp;agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s identifier (for example agent7):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a &amp;number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls can be transferred to a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relais::ui::WrapupPanel</name>
    <message>
        <source>Choose a disposition first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a disposition —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disposition *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: how the interaction ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer got in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, what was promised (Ctrl+Enter to close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a &amp;callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wrap-up and close the interaction (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
