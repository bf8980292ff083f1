<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DeskOptions</name>
    <message>
        <source>Relais contact centre desk</source>
        <translation>Poste Relais du centre de contacts</translation>
    </message>
    <message>
        <source>Dispatch servers to try in order, separated by commas.</source>
        <translation>Serveurs de distribution à essayer dans l&apos;ordre, séparés par des virgules.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Identifiant.</translation>
    </message>
    <message>
        <source>Language of the desk: fr or en.</source>
        <translation>Langue du poste : fr ou en.</translation>
    </message>
    <message>
        <source>Start the wallboard face.</source>
        <translation>Démarrer en mode mur d&apos;écrans.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--lang must be fr or en</source>
        <translation>--lang doit valoir fr ou en</translation>
    </message>
    <message>
        <source>Save pictures of the face into DIR once it is filled, then quit.</source>
        <translation>Enregistrer des images de l&apos;écran dans DIR une fois rempli, puis quitter.</translation>
    </message>
    <message>
        <source>--server needs at least one address</source>
        <translation>--server attend au moins une adresse</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not a server address (ws://host:port or wss://…)</source>
        <translation>--server : « %1 » n&apos;est pas une adresse de serveur (ws://hôte:port ou wss://…)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Voix</source>
        <translation>Voix</translation>
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
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Déconnecté</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Offre en cours</source>
        <translation>Offre en cours</translation>
    </message>
    <message>
        <source>En traitement</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation>Post-traitement</translation>
    </message>
    <message>
        <source>Pause café</source>
        <translation>Pause café</translation>
    </message>
    <message>
        <source>Déjeuner</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
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
        <translation>Tâches administratives</translation>
    </message>
    <message>
        <source>Connexion</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Offre sans réponse</source>
        <translation>Offre sans réponse</translation>
    </message>
    <message>
        <source>Poste déconnecté</source>
        <translation>Poste déconnecté</translation>
    </message>
    <message>
        <source>Imposé par le superviseur</source>
        <translation>Imposé par le superviseur</translation>
    </message>
    <message>
        <source>Résolu</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Information donnée</source>
        <translation>Information donnée</translation>
    </message>
    <message>
        <source>Rappel prévu</source>
        <translation>Rappel prévu</translation>
    </message>
    <message>
        <source>Escaladé au niveau 2</source>
        <translation>Escaladé au niveau 2</translation>
    </message>
    <message>
        <source>Réclamation enregistrée</source>
        <translation>Réclamation enregistrée</translation>
    </message>
    <message>
        <source>Vente / souscription</source>
        <translation>Vente / souscription</translation>
    </message>
    <message>
        <source>Faux numéro</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <source>Post-traitement non saisi (délai dépassé)</source>
        <translation>Post-traitement non saisi (délai dépassé)</translation>
    </message>
    <message>
        <source>En file</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Proposée</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Clôturée</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Abandonnée</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Offre expirée : vous passez en pause</source>
        <translation>Offre expirée : vous passez en pause</translation>
    </message>
    <message>
        <source>Le client a raccroché ou quitté la conversation</source>
        <translation>Le client a raccroché ou quitté la conversation</translation>
    </message>
    <message>
        <source>Offre retirée : connexion perdue</source>
        <translation>Offre retirée : connexion perdue</translation>
    </message>
    <message>
        <source>Interaction transférée</source>
        <translation>Interaction transférée</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Avertissement</source>
        <translation>Avertissement</translation>
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
        <translation>L&apos;enregistrement n&apos;est pas un fichier WAV.</translation>
    </message>
    <message>
        <source>L&apos;en-tête WAV de l&apos;enregistrement est incomplet.</source>
        <translation>L&apos;en-tête WAV de l&apos;enregistrement est incomplet.</translation>
    </message>
    <message>
        <source>Format audio non pris en charge (format %1, %2 bits, %3 canaux).</source>
        <translation>Format audio non pris en charge (format %1, %2 bits, %3 canaux).</translation>
    </message>
</context>
<context>
    <name>relais::app::AgentDirectoryModel</name>
    <message>
        <source>%1 n&apos;est pas connecté·e : le transfert ne peut pas lui être proposé</source>
        <translation>%1 n&apos;est pas connecté·e : le transfert ne peut pas lui être proposé</translation>
    </message>
    <message>
        <source>%1 ne peut pas recevoir ce transfert maintenant (aucun téléphone enregistré)</source>
        <translation>%1 ne peut pas recevoir ce transfert maintenant (aucun téléphone enregistré)</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Annuaire indisponible : %1</source>
        <translation>Annuaire indisponible : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::AgentGridModel</name>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Depuis</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Interaction en cours</source>
        <translation>Interaction en cours</translation>
    </message>
    <message>
        <source>Traités aujourd&apos;hui</source>
        <translation>Traités aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
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
        <translation>Dès que possible</translation>
    </message>
    <message>
        <source>Programmé</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>À rappeler</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>Proposé</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Annulation du rappel impossible : %1</source>
        <translation>Annulation du rappel impossible : %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>demande enregistrée</source>
        <translation>demande enregistrée</translation>
    </message>
</context>
<context>
    <name>relais::app::ConsultController</name>
    <message>
        <source>« %1 » n&apos;est pas un numéro de téléphone</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>Consultation impossible : %1</source>
        <translation>Consultation impossible : %1</translation>
    </message>
    <message>
        <source>Transfert impossible : %1</source>
        <translation>Transfert impossible : %1</translation>
    </message>
    <message>
        <source>Retour à l&apos;appelant impossible : %1</source>
        <translation>Retour à l&apos;appelant impossible : %1</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
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
        <translation>En attente de la reconnexion…</translation>
    </message>
    <message>
        <source>Envoi…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Envoyé</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Non envoyé</source>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>relais::app::CtiClient</name>
    <message>
        <source>Déconnecté</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connexion à %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connecté au serveur de secours %1</source>
        <translation>Connecté au serveur de secours %1</translation>
    </message>
    <message>
        <source>Connecté à %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connexion perdue : reconnexion à %1…</source>
        <translation>Connexion perdue : reconnexion à %1…</translation>
    </message>
    <message>
        <source>Hors ligne : aucun serveur ne répond, nouvel essai en cours</source>
        <translation>Hors ligne : aucun serveur ne répond, nouvel essai en cours</translation>
    </message>
    <message>
        <source>Pas de connexion au serveur</source>
        <translation>Pas de connexion au serveur</translation>
    </message>
    <message>
        <source>La connexion au serveur a été perdue</source>
        <translation>La connexion au serveur a été perdue</translation>
    </message>
    <message>
        <source>Demande annulée</source>
        <translation>Demande annulée</translation>
    </message>
    <message>
        <source>Le serveur n&apos;a pas répondu à temps</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
</context>
<context>
    <name>relais::app::CustomerCard</name>
    <message>
        <source>oui</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>non</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>relais::app::DeskCore</name>
    <message>
        <source>Rappel de %1 impossible : %2</source>
        <translation>Rappel de %1 impossible : %2</translation>
    </message>
</context>
<context>
    <name>relais::app::EnginePhone</name>
    <message>
        <source>The phone cannot start: %1</source>
        <translation>Le téléphone ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <source>Transfer failed: %1 %2</source>
        <translation>Échec du transfert : %1 %2</translation>
    </message>
    <message>
        <source>the server has no voice service</source>
        <translation>le serveur n&apos;a pas de service voix</translation>
    </message>
    <message>
        <source>Call to %1 failed: %2 %3</source>
        <translation>L&apos;appel vers %1 a échoué : %2 %3</translation>
    </message>
    <message>
        <source>The phone is not registered: %1 cannot be called</source>
        <translation>Le téléphone n&apos;est pas enregistré : impossible d&apos;appeler %1</translation>
    </message>
    <message>
        <source>Hang up the current call before dialling</source>
        <translation>Raccrochez l&apos;appel en cours avant de composer</translation>
    </message>
    <message>
        <source>Cannot call %1: %2</source>
        <translation>Impossible d&apos;appeler %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::app::HeadsetPlayback</name>
    <message>
        <source>Aucune sortie son sur ce poste : l&apos;enregistrement ne peut pas être écouté ici.</source>
        <translation>Aucune sortie son sur ce poste : l&apos;enregistrement ne peut pas être écouté ici.</translation>
    </message>
    <message>
        <source>La lecture n&apos;a pas pu démarrer.</source>
        <translation>La lecture n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>La sortie son « %1 » refuse la lecture.</source>
        <translation>La sortie son « %1 » refuse la lecture.</translation>
    </message>
    <message>
        <source>La sortie son « %1 » a cessé de fonctionner.</source>
        <translation>La sortie son « %1 » a cessé de fonctionner.</translation>
    </message>
</context>
<context>
    <name>relais::app::HelpRequestModel</name>
    <message>
        <source>%1 — %2 demande de l&apos;aide</source>
        <translation>%1 — %2 demande de l&apos;aide</translation>
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
        <translation>Saisissez au moins 2 caractères</translation>
    </message>
    <message>
        <source>Aucun client ne correspond à « %1 »</source>
        <translation>Aucun client ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Recherche impossible : %1</source>
        <translation>Recherche impossible : %1</translation>
    </message>
    <message>
        <source>Historique indisponible : %1</source>
        <translation>Historique indisponible : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::InteractionHub</name>
    <message>
        <source>Message trop long (%1 caractères au plus)</source>
        <translation>Message trop long (%1 caractères au plus)</translation>
    </message>
    <message>
        <source>Impossible de terminer l&apos;interaction : %1</source>
        <translation>Impossible de terminer l&apos;interaction : %1</translation>
    </message>
    <message>
        <source>Transfert impossible : %1</source>
        <translation>Transfert impossible : %1</translation>
    </message>
    <message>
        <source>Transfer to %1 failed (%2): the caller is still with you</source>
        <translation>Le transfert vers %1 a échoué (%2) : l&apos;appelant est toujours avec vous</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>the %1 queue</source>
        <translation>la file %1</translation>
    </message>
    <message>
        <source>L&apos;appel est terminé : la consultation de %1 aussi</source>
        <translation>L&apos;appel est terminé : la consultation de %1 aussi</translation>
    </message>
    <message>
        <source>Consultation de %1 terminée (%2) : l&apos;appelant est de nouveau avec vous</source>
        <translation>Consultation de %1 terminée (%2) : l&apos;appelant est de nouveau avec vous</translation>
    </message>
</context>
<context>
    <name>relais::app::InteractionListModel</name>
    <message>
        <source>%1 — %2 (file %3)</source>
        <translation>%1 — %2 (file %3)</translation>
    </message>
</context>
<context>
    <name>relais::app::KpiModel</name>
    <message>
        <source>En attente</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Attente la plus longue</source>
        <translation>Attente la plus longue</translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation>Présentés</translation>
    </message>
    <message>
        <source>Traités</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>Taux d&apos;abandon</source>
        <translation>Taux d&apos;abandon</translation>
    </message>
    <message>
        <source>Durée moyenne de traitement</source>
        <translation>Durée moyenne de traitement</translation>
    </message>
    <message>
        <source>Conseillers prêts</source>
        <translation>Conseillers prêts</translation>
    </message>
    <message>
        <source>Conseillers occupés</source>
        <translation>Conseillers occupés</translation>
    </message>
    <message>
        <source>Conseillers en pause</source>
        <translation>Conseillers en pause</translation>
    </message>
    <message>
        <source>Conseillers en post-traitement</source>
        <translation>Conseillers en post-traitement</translation>
    </message>
</context>
<context>
    <name>relais::app::OfferController</name>
    <message>
        <source>Cette offre n&apos;est plus disponible</source>
        <translation>Cette offre n&apos;est plus disponible</translation>
    </message>
    <message>
        <source>Impossible de répondre : %1</source>
        <translation>Impossible de répondre : %1</translation>
    </message>
    <message>
        <source>Impossible de refuser : %1</source>
        <translation>Impossible de refuser : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::QueueStatsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Attente max.</source>
        <translation>Attente max.</translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation>Présentés</translation>
    </message>
    <message>
        <source>Traités</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>DMT</source>
        <translation>DMT</translation>
    </message>
    <message>
        <source>Prêts</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <source>Occupés</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation>Post-traitement</translation>
    </message>
    <message>
        <source>Offre en cours</source>
        <translation>Offre en cours</translation>
    </message>
</context>
<context>
    <name>relais::app::RecordingPauseController</name>
    <message>
        <source>The recording could not be paused: %1</source>
        <translation>Impossible de suspendre l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>The recording could not be resumed: %1</source>
        <translation>Impossible de reprendre l&apos;enregistrement : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::RecordingPlayer</name>
    <message>
        <source>Cet enregistrement n&apos;est plus disponible sur le serveur.</source>
        <translation>Cet enregistrement n&apos;est plus disponible sur le serveur.</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas accès à cet enregistrement.</source>
        <translation>Vous n&apos;avez pas accès à cet enregistrement.</translation>
    </message>
    <message>
        <source>L&apos;appel est encore en cours d&apos;enregistrement.</source>
        <translation>L&apos;appel est encore en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Ce serveur ne fournit pas les enregistrements.</source>
        <translation>Ce serveur ne fournit pas les enregistrements.</translation>
    </message>
    <message>
        <source>Connexion au serveur perdue : l&apos;enregistrement n&apos;a pas pu être chargé.</source>
        <translation>Connexion au serveur perdue : l&apos;enregistrement n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Chargement de l&apos;enregistrement impossible : %1</source>
        <translation>Chargement de l&apos;enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>Le serveur a envoyé un morceau d&apos;enregistrement incohérent.</source>
        <translation>Le serveur a envoyé un morceau d&apos;enregistrement incohérent.</translation>
    </message>
    <message>
        <source>Enregistrement trop long pour être écouté ici (%1 Mio).</source>
        <translation>Enregistrement trop long pour être écouté ici (%1 Mio).</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de sortie son : l&apos;enregistrement ne peut pas être écouté ici.</source>
        <translation>Ce poste n&apos;a pas de sortie son : l&apos;enregistrement ne peut pas être écouté ici.</translation>
    </message>
    <message>
        <source>La sortie son refuse la lecture.</source>
        <translation>La sortie son refuse la lecture.</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <source>Présentés</source>
        <translation>Présentés</translation>
    </message>
    <message>
        <source>Traités</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Abandons</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>Niveau de service</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>DMT</source>
        <translation>DMT</translation>
    </message>
    <message>
        <source>Attente moyenne</source>
        <translation>Attente moyenne</translation>
    </message>
    <message>
        <source>Attente max.</source>
        <translation>Attente max.</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>En pause</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Occupé</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Post-traitement</source>
        <translation>Post-traitement</translation>
    </message>
    <message>
        <source>Connecté</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Rapport indisponible : %1</source>
        <translation>Rapport indisponible : %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>du %1 au %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>relais::app::Session</name>
    <message>
        <source>Aucun serveur ne répond : vérifiez le réseau ou l&apos;adresse du serveur</source>
        <translation>Aucun serveur ne répond : vérifiez le réseau ou l&apos;adresse du serveur</translation>
    </message>
    <message>
        <source>Votre session a expiré pendant la coupure : reconnectez-vous</source>
        <translation>Votre session a expiré pendant la coupure : reconnectez-vous</translation>
    </message>
    <message>
        <source>Votre session a été ouverte sur un autre poste</source>
        <translation>Votre session a été ouverte sur un autre poste</translation>
    </message>
    <message>
        <source>Un superviseur a fermé votre session</source>
        <translation>Un superviseur a fermé votre session</translation>
    </message>
    <message>
        <source>Identifiant ou mot de passe incorrect</source>
        <translation>Identifiant ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Compte verrouillé après trop d&apos;essais : réessayez plus tard ou appelez votre superviseur</source>
        <translation>Compte verrouillé après trop d&apos;essais : réessayez plus tard ou appelez votre superviseur</translation>
    </message>
    <message>
        <source>Connexion refusée : %1</source>
        <translation>Connexion refusée : %1</translation>
    </message>
    <message>
        <source>Connexion impossible : %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Impossible de passer Prêt : %1</source>
        <translation>Impossible de passer Prêt : %1</translation>
    </message>
    <message>
        <source>Impossible de passer en pause : %1</source>
        <translation>Impossible de passer en pause : %1</translation>
    </message>
    <message>
        <source>Ce serveur ne transmet pas encore les demandes d&apos;aide : appelez votre superviseur</source>
        <translation>Ce serveur ne transmet pas encore les demandes d&apos;aide : appelez votre superviseur</translation>
    </message>
    <message>
        <source>Demande d&apos;aide non transmise : %1</source>
        <translation>Demande d&apos;aide non transmise : %1</translation>
    </message>
    <message>
        <source>Vous êtes déconnecté</source>
        <translation>Vous êtes déconnecté</translation>
    </message>
    <message>
        <source>Terminez et qualifiez vos interactions avant de vous déconnecter</source>
        <translation>Terminez et qualifiez vos interactions avant de vous déconnecter</translation>
    </message>
    <message>
        <source>Déconnexion impossible : %1</source>
        <translation>Déconnexion impossible : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::SupervisionHub</name>
    <message>
        <source>Supervision indisponible : %1</source>
        <translation>Supervision indisponible : %1</translation>
    </message>
    <message>
        <source>%1 est passé Prêt</source>
        <translation>%1 est passé Prêt</translation>
    </message>
    <message>
        <source>%1 est passé en pause</source>
        <translation>%1 est passé en pause</translation>
    </message>
    <message>
        <source>Changement d&apos;état refusé : %1</source>
        <translation>Changement d&apos;état refusé : %1</translation>
    </message>
    <message>
        <source>%1 a été déconnecté</source>
        <translation>%1 a été déconnecté</translation>
    </message>
    <message>
        <source>Déconnexion refusée : %1</source>
        <translation>Déconnexion refusée : %1</translation>
    </message>
    <message>
        <source>Interaction déplacée vers la file %1</source>
        <translation>Interaction déplacée vers la file %1</translation>
    </message>
    <message>
        <source>Déplacement refusé : %1</source>
        <translation>Déplacement refusé : %1</translation>
    </message>
    <message>
        <source>Interaction confiée à %1</source>
        <translation>Interaction confiée à %1</translation>
    </message>
    <message>
        <source>Demande d&apos;aide prise en charge</source>
        <translation>Demande d&apos;aide prise en charge</translation>
    </message>
    <message>
        <source>Prise en charge impossible : %1</source>
        <translation>Prise en charge impossible : %1</translation>
    </message>
    <message>
        <source>Message diffusé à tout le plateau</source>
        <translation>Message diffusé à tout le plateau</translation>
    </message>
    <message>
        <source>Message diffusé à l&apos;équipe %1</source>
        <translation>Message diffusé à l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Diffusion refusée : %1</source>
        <translation>Diffusion refusée : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::UserSettings</name>
    <message>
        <source>Réglage non enregistré sur le serveur : %1</source>
        <translation>Réglage non enregistré sur le serveur : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::WaitingInteractionModel</name>
    <message>
        <source>Offered to %1</source>
        <translation>Proposée à %1</translation>
    </message>
    <message>
        <source>Kept for %1</source>
        <translation>Réservée pour %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>relais::app::WrapupController</name>
    <message>
        <source>Choisissez une qualification</source>
        <translation>Choisissez une qualification</translation>
    </message>
    <message>
        <source>Complétez le rappel : numéro et date</source>
        <translation>Complétez le rappel : numéro et date</translation>
    </message>
    <message>
        <source>Rappel demandé le %1 au %2</source>
        <translation>Rappel demandé le %1 au %2</translation>
    </message>
    <message>
        <source>Qualification refusée : %1</source>
        <translation>Qualification refusée : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::AgentWindow</name>
    <message>
        <source>New message</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Transferred to %1</source>
        <translation>Transféré à %1</translation>
    </message>
    <message>
        <source>Wrap-up saved</source>
        <translation>Qualification enregistrée</translation>
    </message>
    <message>
        <source>Your request for help was sent to the supervisors.</source>
        <translation>Votre demande d&apos;aide a été transmise aux superviseurs.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>Now connected to the backup site %1</source>
        <translation>Connecté au site de secours %1</translation>
    </message>
    <message>
        <source>Reconnected: your session was resumed.</source>
        <translation>Reconnecté : votre session a été reprise.</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Demander de l&apos;aide</translation>
    </message>
    <message>
        <source>What do you need? (optional — the supervisors see your current interaction)</source>
        <translation>De quoi avez-vous besoin ? (facultatif — les superviseurs voient votre interaction en cours)</translation>
    </message>
    <message>
        <source>Relais – Agent desk</source>
        <translation>Relais – Poste conseiller</translation>
    </message>
    <message>
        <source>Relais – %1 – %2</source>
        <translation>Relais – %1 – %2</translation>
    </message>
    <message>
        <source>Quit Relais</source>
        <translation>Quitter Relais</translation>
    </message>
    <message>
        <source>You still have interactions in hand. Quit anyway? They stay assigned to you for 2 minutes, then go back to their queues.</source>
        <translation>Vous avez encore des interactions en cours. Quitter quand même ? Elles vous restent attribuées 2 minutes, puis retournent dans leur file.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The screen-pop: customer card and contact history (Ctrl+Shift+C)</source>
        <translation>La fiche client et l&apos;historique des contacts (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Callbacks to make (Ctrl+Shift+B)</source>
        <translation>Rappels à faire (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>History search by number, name or e-mail (Ctrl+F)</source>
        <translation>Recherche par numéro, nom ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>End / hang up</source>
        <translation>Terminer / raccrocher</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unlock the desk to answer it.</source>
        <translation>Déverrouillez le poste pour y répondre.</translation>
    </message>
    <message>
        <source>A %1 offer is waiting in queue %2. Unlock to answer it.</source>
        <translation>Une offre %1 attend dans la file %2. Déverrouillez pour y répondre.</translation>
    </message>
    <message>
        <source>Unlock the desk to read it.</source>
        <translation>Déverrouillez le poste pour le lire.</translation>
    </message>
    <message>
        <source>%1 took their caller back</source>
        <translation>%1 a repris son appelant</translation>
    </message>
    <message>
        <source>The caller hung up: the consultation with %1 is over</source>
        <translation>L’appelant a raccroché : la consultation avec %1 est terminée</translation>
    </message>
    <message>
        <source>The consultation with %1 is over</source>
        <translation>La consultation avec %1 est terminée</translation>
    </message>
    <message>
        <source>Consultation from %1</source>
        <translation>Consultation de %1</translation>
    </message>
    <message>
        <source>Unlock the desk to see what it is about.</source>
        <translation>Déverrouillez le poste pour voir de quoi il s’agit.</translation>
    </message>
</context>
<context>
    <name>relais::ui::BroadcastBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
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
        <translation>Diffuser un message</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>relais::ui::CallbacksView</name>
    <message>
        <source>Callbacks (%1)</source>
        <translation>Rappels (%1)</translation>
    </message>
    <message>
        <source>No callback to make. Callbacks you schedule in a wrap-up and callback requests routed to you show here.</source>
        <translation>Aucun rappel à faire. Les rappels programmés en post-traitement et les demandes de rappel qui vous sont confiées s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>This server does not list the queues&apos; callbacks: only yours are shown.</source>
        <translation>Ce serveur ne liste pas les rappels des files : seuls les vôtres sont affichés.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Call the customer now: your phone rings, then their number (Enter)</source>
        <translation>Appeler le client maintenant : votre téléphone sonne, puis son numéro (Entrée)</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConnectionBanner</name>
    <message>
        <source>Lost %1 ago</source>
        <translation>Perdu il y a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be sent</source>
        <translation>
            <numerusform>%n message en attente d&apos;envoi</numerusform>
            <numerusform>%n messages en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the server lost: reconnecting to %1… Your open chats are kept; calls in progress continue.</source>
        <translation>Connexion au serveur perdue : reconnexion à %1… Vos conversations ouvertes sont conservées ; les appels en cours continuent.</translation>
    </message>
    <message>
        <source>OFFLINE: no server answers. The desk keeps trying; your replies will be sent when the link is back.</source>
        <translation>HORS LIGNE : aucun serveur ne répond. Le poste réessaie ; vos réponses partiront au retour de la liaison.</translation>
    </message>
    <message>
        <source>Switched to the backup site (%1). You can keep working.</source>
        <translation>Basculé sur le site de secours (%1). Vous pouvez continuer à travailler.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConsultBar</name>
    <message>
        <source>Caller on hold — you are talking with %1</source>
        <translation>Appelant en attente — vous parlez avec %1</translation>
    </message>
    <message>
        <source>Caller on hold — calling %1…</source>
        <translation>Appelant en attente — appel de %1…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Terminer le transfert</translation>
    </message>
    <message>
        <source>Hand the caller over to %1 and leave the call</source>
        <translation>Passer l&apos;appelant à %1 et quitter l&apos;appel</translation>
    </message>
    <message>
        <source>Back to caller</source>
        <translation>Retour à l&apos;appelant</translation>
    </message>
    <message>
        <source>Hang up on %1 and talk with the caller again</source>
        <translation>Raccrocher %1 et reprendre l&apos;appelant</translation>
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
        <translation>un appelant</translation>
    </message>
    <message>
        <source>%1, queue %2</source>
        <translation>%1, file %2</translation>
    </message>
    <message>
        <source>%1 is calling you to consult about %2. Answer (F2) to talk with them; the caller is on hold.</source>
        <translation>%1 vous appelle pour vous consulter au sujet de %2. Décrochez (F2) pour lui parler ; l’appelant est en attente.</translation>
    </message>
    <message>
        <source>Consultation with %1 about %2. The caller is on hold until %1 hands the call over to you or takes it back.</source>
        <translation>Consultation avec %1 au sujet de %2. L’appelant reste en attente jusqu’à ce que %1 vous transfère l’appel ou le reprenne.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ContactHistoryDelegate</name>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
</context>
<context>
    <name>relais::ui::ContactHistoryView</name>
    <message>
        <source>Contact history (%1)</source>
        <translation>Historique des contacts (%1)</translation>
    </message>
    <message>
        <source>Contact history</source>
        <translation>Historique des contacts</translation>
    </message>
    <message>
        <source>First contact: no history for this customer.</source>
        <translation>Premier contact : aucun historique pour ce client.</translation>
    </message>
    <message>
        <source>The customer&apos;s past contacts show here.</source>
        <translation>Les contacts précédents du client s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConversationRecordingBar</name>
    <message>
        <source>Resume recording</source>
        <translation>Reprendre l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Suspendre l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record the call again (Ctrl+Shift+P)</source>
        <translation>Enregistrer de nouveau l&apos;appel (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Stop recording while the customer reads out a card number (Ctrl+Shift+P)</source>
        <translation>Suspendre l&apos;enregistrement pendant que le client dicte un numéro de carte (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Recording paused: nothing is being recorded.</source>
        <translation>Enregistrement suspendu : rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>● This call is recorded</source>
        <translation>● Cet appel est enregistré</translation>
    </message>
</context>
<context>
    <name>relais::ui::ConversationView</name>
    <message>
        <source>No canned responses in the configuration</source>
        <translation>Aucune réponse type dans la configuration</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>The call is over. Fill in the wrap-up below.</source>
        <translation>L&apos;appel est terminé. Remplissez le post-traitement ci-dessous.</translation>
    </message>
    <message>
        <source>Call in progress: use the phone panel (hold F7, mute F8, hang up F4).</source>
        <translation>Appel en cours : utilisez le panneau téléphone (attente F7, micro F8, raccrocher F4).</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Transfer to a queue, an agent or a number (Ctrl+T)</source>
        <translation>Transférer vers une file, un conseiller ou un numéro (Ctrl+T)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End the interaction and go to wrap-up (F4)</source>
        <translation>Terminer l&apos;interaction et passer en post-traitement (F4)</translation>
    </message>
    <message>
        <source>No interaction selected.
Offers appear at the top right; your open interactions are listed on the left (Ctrl+1…9).</source>
        <translation>Aucune interaction sélectionnée.
Les offres apparaissent en haut à droite ; vos interactions ouvertes sont listées à gauche (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Canned responses (Ctrl+Shift+R)</source>
        <translation>Réponses types (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Write your reply… (Ctrl+Enter to send)</source>
        <translation>Votre réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Envoyer la réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Callback: Call back rings your phone, then the customer; then use the phone panel (hold F7, mute F8, hang up F4).</source>
        <translation>Rappel : « Rappeler » fait sonner votre téléphone, puis le client ; ensuite, utilisez le panneau téléphone (attente F7, micro coupé F8, raccrocher F4).</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <source>Call the customer back: your phone rings, then their number</source>
        <translation>Rappeler le client : votre téléphone sonne, puis son numéro</translation>
    </message>
</context>
<context>
    <name>relais::ui::CustomerCardView</name>
    <message>
        <source>Account number</source>
        <translation>N° de compte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No customer on screen. The card fills in as soon as an interaction is offered or selected.</source>
        <translation>Aucun client affiché. La fiche se remplit dès qu&apos;une interaction est proposée ou sélectionnée.</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Tél. : %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <source>Speaks: %1</source>
        <translation>Langue : %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::DayCharts</name>
    <message>
        <source>Contacts and service level per 15 minutes</source>
        <translation>Contacts et niveau de service par quart d&apos;heure</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Niveau de service (%)</translation>
    </message>
    <message>
        <source>Waiting callers, last hour</source>
        <translation>Appelants en attente, dernière heure</translation>
    </message>
</context>
<context>
    <name>relais::ui::DeskShell</name>
    <message>
        <source>You signed in on another workstation: this one was signed out.</source>
        <translation>Vous vous êtes connecté sur un autre poste : celui-ci a été déconnecté.</translation>
    </message>
    <message>
        <source>A supervisor signed you out.</source>
        <translation>Un superviseur vous a déconnecté.</translation>
    </message>
    <message>
        <source>Your session expired: please sign in again.</source>
        <translation>Votre session a expiré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>This account was opened on another workstation. A wallboard needs an account without the agent role.</source>
        <translation>Ce compte a été ouvert sur un autre poste. Un mur d&apos;affichage a besoin d&apos;un compte sans le rôle conseiller.</translation>
    </message>
    <message>
        <source>The session ended: signing in again.</source>
        <translation>La session a pris fin : nouvelle connexion.</translation>
    </message>
</context>
<context>
    <name>relais::ui::ForceStateDialog</name>
    <message>
        <source>Sign the agent out</source>
        <translation>Déconnecter le conseiller</translation>
    </message>
    <message>
        <source>Why sign %1 out? (required, kept in the audit trail)</source>
        <translation>Pourquoi déconnecter %1 ? (obligatoire, conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Force a pause</source>
        <translation>Imposer une pause</translation>
    </message>
    <message>
        <source>Why pause %1? (required, kept in the audit trail)</source>
        <translation>Pourquoi mettre %1 en pause ? (obligatoire, conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Force ready</source>
        <translation>Passer Prêt</translation>
    </message>
    <message>
        <source>Why make %1 ready? (optional)</source>
        <translation>Pourquoi passer %1 Prêt ? (facultatif)</translation>
    </message>
    <message>
        <source>Make ready</source>
        <translation>Passer Prêt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>relais::ui::HistorySearchView</name>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Type at least 2 characters: a number, a name or an e-mail address.</source>
        <translation>Saisissez au moins 2 caractères : un numéro, un nom ou une adresse e-mail.</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found</source>
        <translation>
            <numerusform>%n client trouvé</numerusform>
            <numerusform>%n clients trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, name or e-mail (Ctrl+F)</source>
        <translation>Numéro, nom ou e-mail (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>relais::ui::IdleLock</name>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <source>Your session, calls and chats keep running. Type your password to unlock.</source>
        <translation>Votre session, vos appels et vos conversations continuent. Saisissez votre mot de passe pour déverrouiller.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>Déverrouiller (Entrée)</translation>
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
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in hand. Go Ready (F5) to receive interactions.</source>
        <translation>Rien en cours. Passez Prêt (F5) pour recevoir des interactions.</translation>
    </message>
    <message>
        <source>%1 / %2 chats</source>
        <translation>%1 / %2 chats</translation>
    </message>
    <message>
        <source>%1 / %2 calls</source>
        <translation>%1 / %2 appels</translation>
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
        <translation>%1 / %2 rappels</translation>
    </message>
    <message>
        <source>Open interactions out of how many you take at once: when one is full, no more of it is offered to you.</source>
        <translation>Interactions ouvertes sur le nombre que vous prenez à la fois : quand un canal est plein, il ne vous en est plus proposé.</translation>
    </message>
    <message>
        <source>Your interactions: Ctrl+1…9 opens the first to the ninth, the arrow keys move between them.</source>
        <translation>Vos interactions : Ctrl+1…9 ouvre la première à la neuvième, les flèches passent de l&apos;une à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>relais::ui::IndicatorDialog</name>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>relais::ui::KioskStatusWindow</name>
    <message>
        <source>Relais – Wallboard</source>
        <translation>Relais – Mur d&apos;affichage</translation>
    </message>
    <message>
        <source>The wallboard&apos;s account was refused</source>
        <translation>Le compte du mur d&apos;affichage est refusé</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>%1
Ask the administrator to check the wallboard&apos;s user and RELAIS_PASSWORD.</source>
        <translation>%1
Demandez à l&apos;administrateur de vérifier l&apos;utilisateur du mur et RELAIS_PASSWORD.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n second(s)</source>
        <translation>
            <numerusform>Nouvel essai dans %n seconde</numerusform>
            <numerusform>Nouvel essai dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>relais::ui::LoginDialog</name>
    <message>
        <source>No valid server address. Example: ws://dispatch.example:8433/cti</source>
        <translation>Aucune adresse de serveur valide. Exemple : ws://dispatch.example:8433/cti</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Relais – Sign in</source>
        <translation>Relais – Connexion</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Contact centre desk</source>
        <translation>Poste du centre de contacts</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Serveurs :</translation>
    </message>
    <message>
        <source>One address, or several separated by commas: the desk uses the first that answers and switches to the next one if it is lost.</source>
        <translation>Une adresse, ou plusieurs séparées par des virgules : le poste utilise la première qui répond et passe à la suivante si elle est perdue.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Se connecter (Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stop signing in (Esc)</source>
        <translation>Interrompre la connexion (Échap)</translation>
    </message>
    <message>
        <source>Quit Relais (Esc)</source>
        <translation>Quitter Relais (Échap)</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>Le trousseau du système est illisible : %1</translation>
    </message>
    <message>
        <source>Your password is never saved on this workstation, unless you ask for it to be kept in the system keychain.</source>
        <translation>Votre mot de passe n&apos;est jamais enregistré sur ce poste, sauf si vous demandez à le garder dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Remember my password (system keychain)</source>
        <translation>&amp;Retenir mon mot de passe (trousseau du système)</translation>
    </message>
    <message>
        <source>Kept encrypted by the system&apos;s keychain for this user and these servers; untick it to forget it.</source>
        <translation>Gardé chiffré par le trousseau du système pour cet identifiant et ces serveurs ; décochez pour l&apos;oublier.</translation>
    </message>
</context>
<context>
    <name>relais::ui::MessageDelegate</name>
    <message>
        <source>double-click to send again</source>
        <translation>double-cliquez pour renvoyer</translation>
    </message>
</context>
<context>
    <name>relais::ui::OfferToast</name>
    <message>
        <source>%1 · queue %2</source>
        <translation>%1 · file %2</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more offer(s) waiting</source>
        <translation>
            <numerusform>%n autre offre en attente</numerusform>
            <numerusform>%n autres offres en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Answering…</source>
        <translation>Prise en charge…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>New %1 offer</source>
        <translation>Nouvelle offre %1</translation>
    </message>
    <message>
        <source>%1 (queue %2)</source>
        <translation>%1 (file %2)</translation>
    </message>
    <message>
        <source>waited %1 · %2 s left</source>
        <translation>attente %1 · reste %2 s</translation>
    </message>
    <message>
        <source>Answer (F2)</source>
        <translation>Répondre (F2)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Reject: the offer goes to another agent (F3)</source>
        <translation>Refuser : l&apos;offre part vers un autre conseiller (F3)</translation>
    </message>
</context>
<context>
    <name>relais::ui::RecordingControls</name>
    <message>
        <source>Recorded request</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Arrêter l&apos;écoute</translation>
    </message>
    <message>
        <source>Listen to the customer&apos;s recorded request</source>
        <translation>Écouter la demande enregistrée par le client</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Enregistrement de l&apos;appel</translation>
    </message>
    <message>
        <source>Listen to the recording of this call</source>
        <translation>Écouter l&apos;enregistrement de cet appel</translation>
    </message>
</context>
<context>
    <name>relais::ui::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Per queue</source>
        <translation>Par file</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Par conseiller</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Report per agent</source>
        <translation>Rapport par conseiller</translation>
    </message>
    <message>
        <source>Report per queue</source>
        <translation>Rapport par file</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
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
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::SoftphonePanel</name>
    <message>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <source>No phone on this desk: calls cannot be answered here. Chats, e-mails and messages work as usual.</source>
        <translation>Pas de téléphone sur ce poste : les appels ne peuvent pas être pris ici. Chats, e-mails et messages fonctionnent normalement.</translation>
    </message>
    <message>
        <source>In a call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Phone ready</source>
        <translation>Téléphone prêt</translation>
    </message>
    <message>
        <source>Phone not registered: %1</source>
        <translation>Téléphone non enregistré : %1</translation>
    </message>
    <message>
        <source>Registering the phone…</source>
        <translation>Enregistrement du téléphone…</translation>
    </message>
    <message>
        <source>Not offered by this phone yet</source>
        <translation>Pas encore disponible sur ce téléphone</translation>
    </message>
    <message>
        <source>Hold (F7)</source>
        <translation>Mettre en attente (F7)</translation>
    </message>
    <message>
        <source>Mute the microphone (F8)</source>
        <translation>Couper le micro (F8)</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Headset level</source>
        <translation>Niveau du casque</translation>
    </message>
    <message>
        <source>Quality: —</source>
        <translation>Qualité : —</translation>
    </message>
    <message>
        <source>Call quality from RTCP (loss, jitter, round trip)</source>
        <translation>Qualité d&apos;appel selon RTCP (pertes, gigue, aller-retour)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Number to dial</source>
        <translation>Numéro à composer</translation>
    </message>
    <message>
        <source>Number to dial (Ctrl+D), Enter to call</source>
        <translation>Numéro à composer (Ctrl+D), Entrée pour appeler</translation>
    </message>
    <message>
        <source>Call this number (Enter)</source>
        <translation>Appeler ce numéro (Entrée)</translation>
    </message>
    <message>
        <source>Answer the call offered (F2)</source>
        <translation>Répondre à l&apos;appel présenté (F2)</translation>
    </message>
    <message>
        <source>Hang up (F4)</source>
        <translation>Raccrocher (F4)</translation>
    </message>
    <message>
        <source>Transfer the call to a queue, an agent or a number (Ctrl+T)</source>
        <translation>Transférer l&apos;appel vers une file, un conseiller ou un numéro (Ctrl+T)</translation>
    </message>
    <message>
        <source>Dial pad (Ctrl+Shift+D)</source>
        <translation>Clavier (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Périphériques audio</translation>
    </message>
    <message>
        <source>Headset:</source>
        <translation>Casque :</translation>
    </message>
    <message>
        <source>Ringer:</source>
        <translation>Sonnerie :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Appel entrant de %1</translation>
    </message>
    <message>
        <source>On hold: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <source>The caller put you on hold</source>
        <translation>Le correspondant vous a mis en attente</translation>
    </message>
    <message>
        <source>In a call with %1</source>
        <translation>En communication avec %1</translation>
    </message>
    <message>
        <source>Quality: good</source>
        <translation>Qualité : bonne</translation>
    </message>
    <message>
        <source>Quality: fair</source>
        <translation>Qualité : moyenne</translation>
    </message>
    <message>
        <source>Quality: poor</source>
        <translation>Qualité : mauvaise</translation>
    </message>
    <message>
        <source>MOS %1 · loss %2 % · jitter %3 ms · round trip %4 · %5</source>
        <translation>MOS %1 · pertes %2 % · gigue %3 ms · aller-retour %4 · %5</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Micro :</translation>
    </message>
    <message>
        <source>Transferring to %1: stay with the caller until it answers</source>
        <translation>Transfert vers %1 : restez avec l&apos;appelant jusqu&apos;à ce qu&apos;il réponde</translation>
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
        <translation>Traités aujourd&apos;hui : %1</translation>
    </message>
    <message>
        <source>AHT %1</source>
        <translation>DMT %1</translation>
    </message>
    <message>
        <source>Interactions you closed today and your average handle time (from answer to the end of wrap-up)</source>
        <translation>Interactions clôturées aujourd&apos;hui et votre durée moyenne de traitement (de la prise en charge à la fin du post-traitement)</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Post-traitement</translation>
    </message>
    <message>
        <source>Wrap-up: %1 left</source>
        <translation>Post-traitement : reste %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ready to take interactions (F5)</source>
        <translation>Prêt à recevoir des interactions (F5)</translation>
    </message>
    <message>
        <source>Pause with a reason (F6, then the reason&apos;s number)</source>
        <translation>Pause avec un motif (F6, puis le numéro du motif)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Ask a supervisor for help (Ctrl+Shift+H)</source>
        <translation>Demander l&apos;aide d&apos;un superviseur (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Theme, language, lock, sign out (Alt+M)</source>
        <translation>Thème, langue, verrouillage, déconnexion (Alt+M)</translation>
    </message>
    <message>
        <source>Help asked</source>
        <translation>Aide demandée</translation>
    </message>
    <message>
        <source>The supervisors have your request for help; one will come to you (Ctrl+Shift+H to add a note)</source>
        <translation>Les superviseurs ont reçu votre demande d&apos;aide ; l&apos;un d&apos;eux va venir vous voir (Ctrl+Maj+H pour ajouter un mot)</translation>
    </message>
</context>
<context>
    <name>relais::ui::SupervisorPlaceholderWindow</name>
    <message>
        <source>Relais – Supervisor</source>
        <translation>Relais – Superviseur</translation>
    </message>
    <message>
        <source>Supervisor face: coming soon</source>
        <translation>Poste superviseur : bientôt disponible</translation>
    </message>
    <message>
        <source>Queue figures, the agents&apos; grid and broadcasts will be here. Until then you can work as an agent if your account allows it.</source>
        <translation>Les indicateurs des files, la grille des conseillers et les diffusions seront ici. En attendant, vous pouvez travailler comme conseiller si votre compte le permet.</translation>
    </message>
    <message>
        <source>Relais – Wallboard</source>
        <translation>Relais – Mur d&apos;écrans</translation>
    </message>
    <message>
        <source>Wallboard: coming soon</source>
        <translation>Mur d&apos;écrans : bientôt disponible</translation>
    </message>
    <message>
        <source>The wall display of the queues&apos; figures is not written yet.</source>
        <translation>L&apos;affichage mural des indicateurs des files n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>Relais – Trainer</source>
        <translation>Relais – Formateur</translation>
    </message>
    <message>
        <source>Trainer face: coming soon</source>
        <translation>Poste formateur : bientôt disponible</translation>
    </message>
    <message>
        <source>Listening to and coaching agents is not written yet.</source>
        <translation>L&apos;écoute et l&apos;accompagnement des conseillers ne sont pas encore disponibles.</translation>
    </message>
    <message>
        <source>Open the agent face</source>
        <translation>Ouvrir le poste conseiller</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>relais::ui::SupervisorWindow</name>
    <message>
        <source>Resolve</source>
        <translation>Traiter</translation>
    </message>
    <message>
        <source>Relais – Supervisor</source>
        <translation>Relais – Superviseur</translation>
    </message>
    <message>
        <source>Search an agent</source>
        <translation>Chercher un conseiller</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Demandes d&apos;aide</translation>
    </message>
    <message>
        <source>%1 asks for help</source>
        <translation>%1 demande de l&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <translation>&amp;Tableau mural</translation>
    </message>
    <message>
        <source>&amp;Agent face</source>
        <translation>Écran &amp;conseiller</translation>
    </message>
    <message>
        <source>&amp;Indicators…</source>
        <translation>&amp;Indicateurs…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>C&amp;onseillers</translation>
    </message>
    <message>
        <source>Force &amp;ready…</source>
        <translation>Forcer « &amp;prêt »…</translation>
    </message>
    <message>
        <source>Force &amp;pause…</source>
        <translation>Forcer la &amp;pause…</translation>
    </message>
    <message>
        <source>Sign the agent &amp;out…</source>
        <translation>&amp;Déconnecter le conseiller…</translation>
    </message>
    <message>
        <source>&amp;Move a waiting interaction…</source>
        <translation>Dé&amp;placer une interaction en attente…</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>&amp;Diffuser un message…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Select an agent in the grid first.</source>
        <translation>Sélectionnez d&apos;abord un conseiller dans la grille.</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Fin de service</translation>
    </message>
    <message>
        <source>Left without signing out</source>
        <translation>Parti sans se déconnecter</translation>
    </message>
    <message>
        <source>Workstation problem</source>
        <translation>Problème de poste</translation>
    </message>
</context>
<context>
    <name>relais::ui::TransferAgentDialog</name>
    <message>
        <source>Transfer to an agent</source>
        <translation>Transférer à un conseiller</translation>
    </message>
    <message>
        <source>Choose the colleague to hand the call to. Greyed: not signed in, or no phone.</source>
        <translation>Choisissez le collègue à qui passer l&apos;appel. En gris : non connecté ou sans téléphone.</translation>
    </message>
    <message>
        <source>Choose the colleague to hand the conversation to. Greyed: not signed in.</source>
        <translation>Choisissez le collègue à qui passer la conversation. En gris : non connecté.</translation>
    </message>
    <message>
        <source>Type a name or an identifier…</source>
        <translation>Tapez un nom ou un identifiant…</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading the directory…</source>
        <translation>Chargement de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>No colleague to transfer to.</source>
        <translation>Aucun collègue à qui transférer.</translation>
    </message>
    <message>
        <source>No colleague matches “%1”.</source>
        <translation>Aucun collègue ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>None of these colleagues can take the transfer now.</source>
        <translation>Aucun de ces collègues ne peut recevoir le transfert maintenant.</translation>
    </message>
</context>
<context>
    <name>relais::ui::TransferMenu</name>
    <message>
        <source>To a queue</source>
        <translation>Vers une file</translation>
    </message>
    <message>
        <source>To an &amp;agent…</source>
        <translation>Vers un &amp;conseiller…</translation>
    </message>
    <message>
        <source>To a &amp;number…</source>
        <translation>Vers un &amp;numéro…</translation>
    </message>
    <message>
        <source>Only calls can be transferred to a number</source>
        <translation>Seuls les appels peuvent être transférés vers un numéro</translation>
    </message>
    <message>
        <source>Transfer to a number</source>
        <translation>Transférer vers un numéro</translation>
    </message>
    <message>
        <source>Number to transfer the caller to (you stay with them until it answers):</source>
        <translation>Numéro vers lequel transférer l&apos;appelant (vous restez avec lui jusqu&apos;à la réponse) :</translation>
    </message>
    <message>
        <source>Consult a number</source>
        <translation>Consulter un numéro</translation>
    </message>
    <message>
        <source>Number to talk to before transferring (the caller is put on hold meanwhile):</source>
        <translation>Numéro à qui parler avant de transférer (l&apos;appelant est mis en attente pendant ce temps) :</translation>
    </message>
    <message>
        <source>&amp;Consult a number first…</source>
        <translation>&amp;Consulter un numéro d&apos;abord…</translation>
    </message>
    <message>
        <source>Talk to the number while the caller is on hold, then complete the transfer or go back to the caller</source>
        <translation>Parler au numéro pendant que l&apos;appelant patiente, puis terminer le transfert ou revenir à l&apos;appelant</translation>
    </message>
    <message>
        <source>Consult a colleague</source>
        <translation>Consulter un collègue</translation>
    </message>
    <message>
        <source>Consult a co&amp;lleague first…</source>
        <translation>Consulter un co&amp;llègue d&apos;abord…</translation>
    </message>
    <message>
        <source>Talk to a colleague while the caller is on hold, then complete the transfer or go back to the caller</source>
        <translation>Parler à un collègue pendant que l&apos;appelant patiente, puis terminer le transfert ou revenir à l&apos;appelant</translation>
    </message>
    <message>
        <source>Only calls can be consulted on first</source>
        <translation>La consultation nSeuls les appels permettent de consulter d&apos;abordapos;est possible que pendant un appel</translation>
    </message>
</context>
<context>
    <name>relais::ui::WaitingPane</name>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
    <message>
        <source>Move the selected one to</source>
        <translation>Déplacer la sélection vers</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Conseiller %1</translation>
    </message>
</context>
<context>
    <name>relais::ui::WallboardWindow</name>
    <message>
        <source>Relais – Wallboard</source>
        <translation>Relais – Tableau mural</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
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
        <translation>Alerte</translation>
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
        <translation>Choisissez d&apos;abord une qualification.</translation>
    </message>
    <message>
        <source>— choose a disposition —</source>
        <translation>— choisir une qualification —</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Post-traitement</translation>
    </message>
    <message>
        <source>Wrap-up — %1</source>
        <translation>Post-traitement — %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Close wrap-up</source>
        <translation>Terminer le post-traitement</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>&amp;Disposition *</source>
        <translation>&amp;Qualification *</translation>
    </message>
    <message>
        <source>Required: how the interaction ended</source>
        <translation>Obligatoire : issue de l&apos;interaction</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Why the customer got in touch</source>
        <translation>Pourquoi le client a pris contact</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>What was done, what was promised (Ctrl+Enter to close)</source>
        <translation>Ce qui a été fait, ce qui a été promis (Ctrl+Entrée pour clôturer)</translation>
    </message>
    <message>
        <source>Schedule a &amp;callback</source>
        <translation>Programmer un &amp;rappel</translation>
    </message>
    <message>
        <source>When to call back</source>
        <translation>Quand rappeler</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à rappeler</translation>
    </message>
    <message>
        <source>Save the wrap-up and close the interaction (Ctrl+Enter)</source>
        <translation>Enregistrer la qualification et clôturer l&apos;interaction (Ctrl+Entrée)</translation>
    </message>
</context>
</TS>
