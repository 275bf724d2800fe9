//! The phrase rules of the non-English rule files (de, fr, es, pt, it, nl, pl, ru, ja, zh,
//! ko): realistic localized diagnostics, as localized Exchange / Office 365 reports, Gmail's
//! localized notices, local Postfix/Exim setups and the big local providers write them, must
//! get their reason; ordinary sentences in the same language must not get a failure reason.

use crate::rule_files::{first_rule, rule_reason};
use bounce_runtime::RuleSet;

/// Verdicts that are not failures: a negative case may get one of these, or nothing.
const NOT_FAILURES: &[&str] = &["delivered", "vacation", "feedback", "notbounce"];

/// The id of the rule that decides `text`, for the failure messages.
fn deciding_rule(rules: &RuleSet, text: &str) -> Option<String> {
    first_rule(rules, text).map(|r| r.id.clone())
}

/// Checks every case and every negative, and reports all failures at once.
fn check(rules: &RuleSet, lang: &str, cases: &[(&str, &str)], negatives: &[&str]) {
    assert!(cases.len() >= 15, "{lang}: at least 15 cases");
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = rule_reason(rules, text);
        if got.as_deref() != Some(*want) {
            failures.push(format!(
                "{lang}: want {want}, got {got:?} (decided by {:?}) for {text:?}",
                deciding_rule(rules, text)
            ));
        }
    }
    for text in negatives {
        if let Some(got) = rule_reason(rules, text)
            && !NOT_FAILURES.contains(&got.as_str())
        {
            failures.push(format!(
                "{lang}: negative case got failure reason {got} (decided by {:?}) for {text:?}",
                deciding_rule(rules, text)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn german_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "550 5.1.1 <max.mustermann@gmx.de>: Empfänger unbekannt. Bitte überprüfen Sie die Adresse.",
            "userunknown",
        ),
        (
            "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers und versuchen Sie, die Nachricht erneut zu senden.",
            "userunknown",
        ),
        (
            "Der Empfänger Erika Muster (erika.muster@firma.de) ist nicht im Domino-Verzeichnis aufgeführt.",
            "userunknown",
        ),
        (
            "Ihre Nachricht wurde nicht an info@beispiel.de zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.",
            "userunknown",
        ),
        (
            "Der Empfänger wurde nicht gefunden. Bitte überprüfen Sie die Schreibweise.",
            "userunknown",
        ),
        (
            "550 Empfaenger unbekannt / Postfach existiert nicht",
            "userunknown",
        ),
        (
            "Host oder Domänenname nicht gefunden. Name konnte nicht aufgelöst werden.",
            "hostunknown",
        ),
        (
            "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.",
            "mailboxfull",
        ),
        (
            "452 4.2.2 Quota überschritten: Der Speicherplatz des Empfängers ist erschöpft.",
            "mailboxfull",
        ),
        (
            "Das Postfach wurde deaktiviert, da es seit mehr als 6 Monaten nicht genutzt wurde.",
            "suspend",
        ),
        ("554 Das Benutzerkonto ist gesperrt.", "suspend"),
        (
            "554 Ihre IP-Adresse 203.0.113.5 ist auf einer schwarzen Liste (Spamhaus) eingetragen.",
            "blocked",
        ),
        (
            "Die Nachricht wurde als Spam eingestuft und abgelehnt.",
            "spamdetected",
        ),
        (
            "Ihre Nachricht enthält einen Virus (Win32.Trojan) und wurde nicht zugestellt.",
            "virusdetected",
        ),
        (
            "Die Nachricht konnte innerhalb von 5 Tagen nicht zugestellt werden und wurde aus der Warteschlange entfernt.",
            "expired",
        ),
        (
            "552 Die Nachricht ist zu groß. Die maximal zulässige Nachrichtengröße beträgt 25 MB.",
            "mesgtoobig",
        ),
        (
            "Die Nachricht überschreitet die für diesen Empfänger festgelegte Größenbeschränkung.",
            "exceedlimit",
        ),
        (
            "554 5.7.1 Relaying nicht erlaubt: Dieser Server ist nicht für Ihre Domain zuständig.",
            "norelaying",
        ),
        (
            "553 Absenderadresse abgelehnt: Die Domain des Absenders existiert nicht.",
            "rejected",
        ),
        (
            "Sie sind nicht berechtigt, an diesen Empfänger zu senden. Wenden Sie sich an den Administrator.",
            "policyviolation",
        ),
        (
            "Der Dateianhang ist nicht erlaubt: ausführbare Dateien (.exe) werden aus Sicherheitsgründen abgewiesen.",
            "policyviolation",
        ),
        (
            "Verbindung zum Zielserver konnte nicht hergestellt werden: Verbindung abgelehnt.",
            "networkerror",
        ),
        (
            "451 Lokaler Fehler bei der Verarbeitung. Bitte versuchen Sie es später erneut.",
            "systemerror",
        ),
        (
            "421 Sie haben zu viele Nachrichten in kurzer Zeit gesendet. Versandlimit überschritten.",
            "speeding",
        ),
        (
            "450 4.7.1 Greylisting aktiv, bitte versuchen Sie es in 5 Minuten erneut.",
            "greylisted",
        ),
        (
            "550 5.7.23 SPF-Prüfung fehlgeschlagen: Die IP-Adresse ist nicht berechtigt, für diese Domain zu senden.",
            "authfailure",
        ),
        (
            "Die Nachricht wurde durch eine Regel des Empfängers abgelehnt.",
            "filtered",
        ),
        (
            "Der Empfänger ist nicht mehr unter dieser Adresse erreichbar.",
            "hasmoved",
        ),
        ("Diese Domain nimmt keine E-Mails an.", "notaccept"),
        (
            "Verbindung abgelehnt: Für Ihre IP-Adresse existiert kein Reverse-DNS-Eintrag (PTR).",
            "requireptr",
        ),
        (
            "530 Authentifizierung erforderlich, bitte melden Sie sich zuerst an.",
            "securityerror",
        ),
        (
            "421 Zu viele gleichzeitige Verbindungen von Ihrer IP-Adresse.",
            "toomanyconn",
        ),
        ("452 4.3.1 Unzureichender Systemspeicher.", "systemfull"),
        (
            "Die Domäne beispiel-firma.de existiert nicht.",
            "hostunknown",
        ),
        (
            "550 Der Empfänger <anna.schmidt@web.de> ist unbekannt.",
            "userunknown",
        ),
    ];
    let negatives = [
        "Ihr Paket konnte heute nicht zugestellt werden, da der Empfänger nicht angetroffen wurde.",
        "Mein Kalender ist diese Woche leider voll, können wir den Termin verschieben?",
        "Vielen Dank für Ihre Bestellung. Die Lieferung erfolgt in 3 bis 5 Werktagen.",
        "Der Briefkasten war voll, deshalb liegt die Zeitung vor der Tür.",
        "Die Sitzung findet im großen Konferenzraum statt; bitte bringen Sie Ihre Unterlagen mit.",
    ];
    check(&rules, "de", cases, &negatives);
}

#[test]
fn french_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "Utilisateur Marc Petit non répertorié dans l'annuaire Domino",
            "userunknown",
        ),
        (
            "550 5.1.1 <jean.dupont@orange.fr>: Destinataire inconnu",
            "userunknown",
        ),
        (
            "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et renvoyez le message.",
            "userunknown",
        ),
        (
            "Votre message n’a pas été remis à contact@exemple.fr, car l’adresse est introuvable ou ne peut pas recevoir d’e-mails.",
            "userunknown",
        ),
        (
            "Cette adresse n'existe pas sur notre serveur.",
            "userunknown",
        ),
        (
            "Utilisateur inconnu, boite aux lettres inexistante",
            "userunknown",
        ),
        (
            "Le domaine exemple-societe.fr est introuvable.",
            "hostunknown",
        ),
        (
            "La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.",
            "mailboxfull",
        ),
        (
            "452 4.2.2 Quota dépassé pour cet utilisateur",
            "mailboxfull",
        ),
        ("Ce compte a été désactivé par l'administrateur.", "suspend"),
        (
            "554 5.7.1 Votre adresse IP est sur une liste noire.",
            "blocked",
        ),
        (
            "Message refusé : considéré comme spam par notre filtre.",
            "spamdetected",
        ),
        (
            "Un virus a été détecté dans la pièce jointe, le message a été rejeté.",
            "virusdetected",
        ),
        (
            "Délai de remise dépassé : le message n'a pas pu être distribué dans les 5 jours.",
            "expired",
        ),
        (
            "552 5.3.4 Message trop volumineux : la taille maximale autorisée est de 20 Mo.",
            "mesgtoobig",
        ),
        (
            "Le message dépasse la limite de taille du destinataire.",
            "exceedlimit",
        ),
        ("554 Relais non autorisé pour ce domaine.", "norelaying"),
        (
            "Adresse de l'expéditeur refusée : domaine inexistant.",
            "rejected",
        ),
        (
            "Vous n'avez pas l'autorisation d'envoyer des messages à ce destinataire.",
            "policyviolation",
        ),
        (
            "Impossible de se connecter au serveur distant : connexion refusée.",
            "networkerror",
        ),
        (
            "451 Erreur temporaire du serveur, veuillez réessayer plus tard.",
            "systemerror",
        ),
        (
            "421 Trop de messages envoyés en peu de temps, veuillez patienter.",
            "speeding",
        ),
        (
            "421 mwinf5c13 ME Trop de connexions, veuillez vérifier votre configuration.",
            "toomanyconn",
        ),
        (
            "450 4.2.0 Adresse mise en liste grise, réessayez dans quelques minutes.",
            "greylisted",
        ),
        (
            "550 5.7.1 Échec de la vérification SPF pour le domaine expéditeur.",
            "authfailure",
        ),
        ("Le message a été bloqué par le destinataire.", "filtered"),
        (
            "Ce destinataire a changé d'adresse et n'utilise plus cette adresse.",
            "hasmoved",
        ),
        (
            "Ce domaine n'accepte aucun courrier électronique.",
            "notaccept",
        ),
        (
            "Connexion refusée : aucun enregistrement PTR (DNS inverse) pour votre adresse IP.",
            "requireptr",
        ),
        (
            "530 5.7.0 Authentification requise avant l'envoi.",
            "securityerror",
        ),
        ("452 4.3.1 Stockage système insuffisant", "systemfull"),
        ("L'adresse <paul@exemple.fr> n'existe pas.", "userunknown"),
        (
            "Le domaine exemple-boutique.fr n’existe pas.",
            "hostunknown",
        ),
    ];
    let negatives = [
        "Votre colis n'a pas pu être livré car vous étiez absent ; il vous attend au bureau de poste.",
        "Mon agenda est complet cette semaine, pouvons-nous décaler la réunion ?",
        "Merci pour votre commande, la livraison est prévue sous trois jours.",
        "Le restaurant affiche complet ce soir, je réserve pour demain.",
    ];
    check(&rules, "fr", cases, &negatives);
}

#[test]
fn spanish_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "El usuario Luis Gómez no se encuentra en el Directorio de Domino",
            "userunknown",
        ),
        (
            "550 5.1.1 <juan@telefonica.net>: Usuario desconocido",
            "userunknown",
        ),
        (
            "No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección de correo del destinatario y vuelva a enviar el mensaje.",
            "userunknown",
        ),
        (
            "No se ha podido entregar tu mensaje a ventas@ejemplo.es porque no se ha encontrado la dirección o no puede recibir correo.",
            "userunknown",
        ),
        (
            "El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
            "mailboxfull",
        ),
        (
            "552 Cuota excedida para la casilla de correo del usuario",
            "mailboxfull",
        ),
        (
            "Esta cuenta ha sido desactivada por inactividad.",
            "suspend",
        ),
        (
            "Dominio inexistente: no se pudo resolver el nombre del servidor de correo.",
            "hostunknown",
        ),
        (
            "554 Su dirección IP está en una lista negra (Spamhaus ZEN).",
            "blocked",
        ),
        (
            "Mensaje rechazado: ha sido clasificado como spam.",
            "spamdetected",
        ),
        (
            "Se ha detectado un virus en el archivo adjunto.",
            "virusdetected",
        ),
        (
            "El mensaje ha caducado: no se pudo entregar tras varios intentos durante 5 días.",
            "expired",
        ),
        (
            "552 El tamaño del mensaje excede el límite permitido por el servidor.",
            "mesgtoobig",
        ),
        (
            "El mensaje es demasiado grande para este destinatario.",
            "exceedlimit",
        ),
        ("554 5.7.1 Relay no permitido", "norelaying"),
        (
            "553 Remitente rechazado: el dominio del remitente no existe.",
            "rejected",
        ),
        (
            "No tiene permiso para enviar mensajes a este destinatario.",
            "policyviolation",
        ),
        (
            "No se pudo establecer la conexión con el servidor remoto: conexión rechazada.",
            "networkerror",
        ),
        (
            "451 Error temporal del servidor, inténtelo más tarde.",
            "systemerror",
        ),
        (
            "421 Límite de envío superado, demasiados mensajes en poco tiempo.",
            "speeding",
        ),
        (
            "421 Demasiadas conexiones simultáneas desde su dirección IP.",
            "toomanyconn",
        ),
        (
            "450 Su mensaje ha sido puesto en lista gris, reintente en unos minutos.",
            "greylisted",
        ),
        (
            "550 Fallo de autenticación SPF para el dominio remitente.",
            "authfailure",
        ),
        ("Mensaje bloqueado por el destinatario.", "filtered"),
        ("Este dominio no acepta correo electrónico.", "notaccept"),
        (
            "Conexión rechazada: su IP no tiene registro PTR.",
            "requireptr",
        ),
        (
            "530 Se requiere autenticación para enviar correo.",
            "securityerror",
        ),
        ("452 Almacenamiento del sistema insuficiente", "systemfull"),
        ("El destinatario ha cambiado de dirección.", "hasmoved"),
        ("El dominio ejemplo-tienda.es no existe.", "hostunknown"),
        (
            "550 El usuario <maria@ejemplo.es> no existe.",
            "userunknown",
        ),
    ];
    let negatives = [
        "Su paquete no pudo ser entregado porque no había nadie en el domicilio.",
        "Mi agenda está completa esta semana, ¿podemos mover la reunión?",
        "Gracias por su compra, el envío llegará en tres días hábiles.",
        "El restaurante está lleno esta noche.",
    ];
    check(&rules, "es", cases, &negatives);
}

#[test]
fn portuguese_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "550 5.1.1 <joao@uol.com.br>: Usuário desconhecido",
            "userunknown",
        ),
        (
            "Sua mensagem não foi entregue a vendas@exemplo.com.br porque o endereço não foi encontrado ou não pode receber e-mails.",
            "userunknown",
        ),
        ("550 Utilizador inexistente neste servidor.", "userunknown"),
        ("A caixa postal do destinatário está cheia.", "mailboxfull"),
        (
            "Quota excedida: a caixa de correio atingiu o limite.",
            "mailboxfull",
        ),
        ("Conta desativada por falta de uso.", "suspend"),
        (
            "Domínio não encontrado: não foi possível resolver o nome do servidor.",
            "hostunknown",
        ),
        (
            "554 Seu endereço IP está bloqueado por envio de spam.",
            "blocked",
        ),
        (
            "Mensagem rejeitada: identificada como spam pelo filtro.",
            "spamdetected",
        ),
        (
            "Vírus detectado no anexo: a mensagem foi bloqueada.",
            "virusdetected",
        ),
        (
            "Mensagem expirada após 5 dias sem conseguir entregar.",
            "expired",
        ),
        (
            "552 O tamanho da mensagem excede o limite permitido.",
            "mesgtoobig",
        ),
        (
            "A mensagem excede o limite de tamanho do destinatário.",
            "exceedlimit",
        ),
        ("554 Relay não permitido para este domínio.", "norelaying"),
        (
            "553 Remetente rejeitado: domínio do remetente inexistente.",
            "rejected",
        ),
        (
            "Você não tem permissão para enviar mensagens a este destinatário.",
            "policyviolation",
        ),
        (
            "Não foi possível conectar ao servidor de destino: conexão recusada.",
            "networkerror",
        ),
        ("Ligação recusada pelo servidor remoto.", "networkerror"),
        (
            "421 Limite de envio excedido, muitas mensagens em pouco tempo.",
            "speeding",
        ),
        ("421 Muitas conexões simultâneas do seu IP.", "toomanyconn"),
        (
            "450 Endereço em lista cinza, tente novamente mais tarde.",
            "greylisted",
        ),
        (
            "550 Falha na verificação SPF do domínio remetente.",
            "authfailure",
        ),
        ("Mensagem bloqueada pelo destinatário.", "filtered"),
        (
            "Conexão recusada: o seu IP não possui registro PTR (DNS reverso).",
            "requireptr",
        ),
        (
            "530 Autenticação necessária para enviar mensagens.",
            "securityerror",
        ),
        (
            "451 Erro temporário no servidor, tente mais tarde.",
            "systemerror",
        ),
        ("452 Espaço em disco insuficiente no servidor", "systemfull"),
        ("Este domínio não recebe e-mails.", "notaccept"),
        ("O endereço <ana@exemplo.com.br> não existe.", "userunknown"),
        ("O domínio exemplo-loja.com.br não existe.", "hostunknown"),
    ];
    let negatives = [
        "Sua encomenda não pôde ser entregue porque não havia ninguém em casa.",
        "Minha agenda está cheia esta semana.",
        "Obrigado pela compra, o pedido chega em três dias úteis.",
        "O restaurante está lotado hoje.",
    ];
    check(&rules, "pt", cases, &negatives);
}

#[test]
fn italian_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "550 5.1.1 <mario.rossi@libero.it>: Utente inesistente",
            "userunknown",
        ),
        (
            "Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo del destinatario e inviare di nuovo il messaggio.",
            "userunknown",
        ),
        (
            "Il tuo messaggio non è stato recapitato a info@esempio.it perché l'indirizzo non è stato trovato o non può ricevere email.",
            "userunknown",
        ),
        (
            "La casella di posta del destinatario è piena.",
            "mailboxfull",
        ),
        ("452 Quota superata per questo utente", "mailboxfull"),
        ("Casella disattivata per inattività.", "suspend"),
        (
            "Dominio inesistente: impossibile risolvere il nome del server.",
            "hostunknown",
        ),
        ("554 Il tuo indirizzo IP è in lista nera.", "blocked"),
        (
            "Messaggio rifiutato: classificato come spam.",
            "spamdetected",
        ),
        ("È stato rilevato un virus nell'allegato.", "virusdetected"),
        (
            "Il messaggio è scaduto: impossibile recapitare entro 5 giorni.",
            "expired",
        ),
        (
            "552 Il messaggio è troppo grande, dimensione massima consentita 20 MB.",
            "mesgtoobig",
        ),
        (
            "Il messaggio supera il limite di dimensione del destinatario.",
            "exceedlimit",
        ),
        ("554 Relay non consentito", "norelaying"),
        (
            "553 Mittente rifiutato: dominio del mittente inesistente.",
            "rejected",
        ),
        (
            "Non si dispone dell'autorizzazione per inviare messaggi a questo destinatario.",
            "policyviolation",
        ),
        ("Connessione rifiutata dal server remoto.", "networkerror"),
        (
            "451 Errore temporaneo del server, riprovare più tardi.",
            "systemerror",
        ),
        (
            "421 Troppi messaggi inviati, limite di invio superato.",
            "speeding",
        ),
        (
            "421 Troppe connessioni simultanee dal tuo indirizzo.",
            "toomanyconn",
        ),
        (
            "450 Indirizzo in lista grigia, riprovare tra qualche minuto.",
            "greylisted",
        ),
        (
            "550 Verifica SPF fallita per il dominio mittente.",
            "authfailure",
        ),
        (
            "Il messaggio è stato bloccato dal destinatario.",
            "filtered",
        ),
        ("Nessun record PTR per il tuo indirizzo IP.", "requireptr"),
        ("530 Autenticazione richiesta", "securityerror"),
        ("Questo dominio non riceve posta.", "notaccept"),
        ("452 Spazio su disco insufficiente sul server", "systemfull"),
        ("Il destinatario ha cambiato indirizzo.", "hasmoved"),
        ("Il dominio esempio-negozio.it non esiste.", "hostunknown"),
        ("550 L'utente <luca@esempio.it> non esiste.", "userunknown"),
    ];
    let negatives = [
        "Il pacco non è stato consegnato perché il destinatario era assente.",
        "La mia agenda è piena questa settimana.",
        "Grazie per l'ordine, la spedizione arriverà entro tre giorni.",
        "Il ristorante è pieno stasera.",
    ];
    check(&rules, "it", cases, &negatives);
}

#[test]
fn dutch_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "550 5.1.1 <jan@ziggo.nl>: Onbekende gebruiker",
            "userunknown",
        ),
        (
            "Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de ontvanger en verzend het bericht opnieuw.",
            "userunknown",
        ),
        (
            "Uw bericht is niet bezorgd bij info@voorbeeld.nl omdat het adres niet is gevonden of geen e-mail kan ontvangen.",
            "userunknown",
        ),
        ("Het postvak van de ontvanger is vol.", "mailboxfull"),
        ("452 Quotum overschreden voor deze gebruiker", "mailboxfull"),
        ("Dit account is uitgeschakeld.", "suspend"),
        (
            "Domein bestaat niet: hostnaam kon niet worden omgezet.",
            "hostunknown",
        ),
        ("554 Uw IP-adres staat op een zwarte lijst.", "blocked"),
        ("Bericht geweigerd: als spam aangemerkt.", "spamdetected"),
        (
            "Er is een virus aangetroffen in de bijlage.",
            "virusdetected",
        ),
        (
            "Het bericht is verlopen: bezorging is mislukt na herhaalde pogingen.",
            "expired",
        ),
        (
            "552 Het bericht is te groot; de maximale berichtgrootte is 20 MB.",
            "mesgtoobig",
        ),
        (
            "Het bericht is te groot voor deze ontvanger.",
            "exceedlimit",
        ),
        ("554 Relay niet toegestaan", "norelaying"),
        (
            "553 Afzender geweigerd: afzenderdomein bestaat niet.",
            "rejected",
        ),
        (
            "U bent niet gemachtigd om berichten naar deze ontvanger te verzenden.",
            "policyviolation",
        ),
        (
            "Kan geen verbinding maken met de server: verbinding geweigerd.",
            "networkerror",
        ),
        (
            "451 Tijdelijke serverfout, probeer het later opnieuw.",
            "systemerror",
        ),
        (
            "421 Te veel berichten in korte tijd, verzendlimiet bereikt.",
            "speeding",
        ),
        (
            "421 Te veel gelijktijdige verbindingen vanaf uw adres.",
            "toomanyconn",
        ),
        (
            "450 Uw bericht is tijdelijk uitgesteld door greylisting (grijze lijst).",
            "greylisted",
        ),
        (
            "550 SPF-controle mislukt voor het afzenderdomein.",
            "authfailure",
        ),
        ("Het bericht is geblokkeerd door de ontvanger.", "filtered"),
        ("Geen reverse DNS voor uw IP-adres.", "requireptr"),
        ("530 Authenticatie vereist", "securityerror"),
        ("Dit domein accepteert geen e-mail.", "notaccept"),
        ("452 Onvoldoende systeemopslag", "systemfull"),
        (
            "Deze persoon is niet meer bereikbaar op dit adres.",
            "hasmoved",
        ),
        (
            "Het domein voorbeeld-winkel.nl bestaat niet.",
            "hostunknown",
        ),
        (
            "550 Het e-mailadres <piet@voorbeeld.nl> bestaat niet.",
            "userunknown",
        ),
    ];
    let negatives = [
        "Uw pakket kon niet worden bezorgd omdat er niemand thuis was.",
        "Mijn agenda zit deze week vol.",
        "Bedankt voor uw bestelling, de levering volgt binnen drie werkdagen.",
        "Het restaurant is vanavond volgeboekt.",
    ];
    check(&rules, "nl", cases, &negatives);
}

#[test]
fn polish_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "550 5.1.1 <jan.kowalski@wp.pl>: Nie ma takiego użytkownika",
            "userunknown",
        ),
        (
            "Nie można odnaleźć wprowadzonego adresu e-mail. Sprawdź adres e-mail adresata i spróbuj ponownie wysłać wiadomość.",
            "userunknown",
        ),
        (
            "Twoja wiadomość nie została dostarczona do biuro@przyklad.pl, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.",
            "userunknown",
        ),
        ("550 Uzytkownik nie istnieje", "userunknown"),
        ("Skrzynka odbiorcy jest pełna.", "mailboxfull"),
        (
            "Przekroczony limit miejsca na koncie odbiorcy.",
            "mailboxfull",
        ),
        ("Konto zostało zablokowane przez administratora.", "suspend"),
        ("Domena nie istnieje lub brak rekordu MX.", "hostunknown"),
        (
            "554 Twój adres IP znajduje się na czarnej liście.",
            "blocked",
        ),
        (
            "Wiadomość została uznana za spam i odrzucona.",
            "spamdetected",
        ),
        ("Wykryto wirusa w załączniku wiadomości.", "virusdetected"),
        (
            "Nie udało się dostarczyć w ciągu 5 dni, wiadomość wygasła.",
            "expired",
        ),
        (
            "552 Wiadomość jest zbyt duża, maksymalny rozmiar wiadomości to 25 MB.",
            "mesgtoobig",
        ),
        (
            "Wiadomość przekracza limit rozmiaru adresata.",
            "exceedlimit",
        ),
        ("554 Przekazywanie niedozwolone", "norelaying"),
        (
            "553 Nadawca odrzucony: domena nadawcy nie istnieje.",
            "rejected",
        ),
        (
            "Nie masz uprawnień do wysyłania wiadomości do tego adresata.",
            "policyviolation",
        ),
        (
            "Nie można nawiązać połączenia z serwerem: połączenie odrzucone.",
            "networkerror",
        ),
        (
            "451 Tymczasowy błąd serwera, spróbuj ponownie później.",
            "systemerror",
        ),
        (
            "421 Przekroczono limit wysyłki, zbyt wiele wiadomości w krótkim czasie.",
            "speeding",
        ),
        (
            "421 Zbyt wiele połączeń z Twojego adresu IP.",
            "toomanyconn",
        ),
        (
            "450 Adres na szarej liście, spróbuj ponownie za kilka minut.",
            "greylisted",
        ),
        (
            "550 Weryfikacja SPF nie powiodła się dla domeny nadawcy.",
            "authfailure",
        ),
        ("Wiadomość została zablokowana przez odbiorcę.", "filtered"),
        ("Brak rekordu PTR dla Twojego adresu IP.", "requireptr"),
        ("530 Wymagane uwierzytelnienie", "securityerror"),
        ("Ta domena nie przyjmuje poczty.", "notaccept"),
        ("452 Brak miejsca na serwerze", "systemfull"),
        ("Domena przyklad-sklep.pl nie istnieje.", "hostunknown"),
        ("550 Adres <anna@przyklad.pl> nie istnieje.", "userunknown"),
    ];
    let negatives = [
        "Paczka nie została doręczona, ponieważ nikogo nie było w domu.",
        "Mój kalendarz jest w tym tygodniu pełny.",
        "Dziękujemy za zamówienie, przesyłka dotrze w ciągu trzech dni.",
        "Restauracja jest dziś pełna.",
    ];
    check(&rules, "pl", cases, &negatives);
}

#[test]
fn russian_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "550 5.1.1 <ivan@mail.ru>: Пользователь не найден",
            "userunknown",
        ),
        ("550 Нет такого пользователя", "userunknown"),
        (
            "Не удается найти адрес электронной почты, который вы ввели. Проверьте адрес получателя и отправьте сообщение повторно.",
            "userunknown",
        ),
        (
            "Ваше сообщение не доставлено на адрес info@primer.ru, так как этот адрес не найден или не может принимать почту.",
            "userunknown",
        ),
        ("Почтовый ящик получателя переполнен.", "mailboxfull"),
        ("452 Превышена квота почтового ящика", "mailboxfull"),
        ("Почтовый ящик заблокирован администратором.", "suspend"),
        ("550 Ящик отключен.", "suspend"),
        (
            "Домен не существует: не удалось разрешить имя сервера.",
            "hostunknown",
        ),
        ("554 Ваш IP-адрес находится в черном списке.", "blocked"),
        ("Сообщение отклонено по подозрению в спаме.", "spamdetected"),
        ("В письме обнаружен вирус.", "virusdetected"),
        (
            "Истек срок доставки: сообщение не удалось доставить в течение 5 дней.",
            "expired",
        ),
        (
            "552 Размер письма превышает допустимый размер.",
            "mesgtoobig",
        ),
        (
            "Размер сообщения превышает ограничение размера для получателя.",
            "exceedlimit",
        ),
        ("554 Ретрансляция запрещена", "norelaying"),
        (
            "553 Адрес отправителя отклонён: домен отправителя не существует.",
            "rejected",
        ),
        (
            "У вас нет разрешения на отправку сообщений этому получателю.",
            "policyviolation",
        ),
        (
            "Не удалось установить соединение с сервером: соединение отклонено.",
            "networkerror",
        ),
        (
            "451 Временная ошибка сервера, повторите попытку позже.",
            "systemerror",
        ),
        (
            "421 Превышен лимит отправки писем, попробуйте позже.",
            "speeding",
        ),
        (
            "421 Слишком много соединений с вашего IP-адреса.",
            "toomanyconn",
        ),
        (
            "450 Ваш адрес в сером списке, повторите попытку через несколько минут.",
            "greylisted",
        ),
        ("550 Письмо не прошло проверку SPF.", "authfailure"),
        (
            "Письмо отклонено правилом фильтрации получателя.",
            "filtered",
        ),
        ("Отсутствует PTR-запись для вашего IP-адреса.", "requireptr"),
        ("530 Требуется аутентификация", "securityerror"),
        ("Этот домен не принимает почту.", "notaccept"),
        ("452 Недостаточно места на сервере", "systemfull"),
        ("Пользователь сменил адрес.", "hasmoved"),
        ("Домен primer-magazin.ru не существует.", "hostunknown"),
        ("550 Адрес <olga@primer.ru> не существует.", "userunknown"),
    ];
    let negatives = [
        "Ваша посылка не была доставлена, так как получателя не было дома.",
        "Мой календарь на этой неделе полностью занят.",
        "Спасибо за заказ, доставка займёт три рабочих дня.",
        "Ресторан сегодня переполнен.",
    ];
    check(&rules, "ru", cases, &negatives);
}

#[test]
fn japanese_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "宛先の山田花子はDominoディレクトリには見つかりません",
            "userunknown",
        ),
        (
            "550 5.1.1 <taro@example.jp>: 宛先のメールアドレスが存在しません",
            "userunknown",
        ),
        (
            "入力した電子メール アドレスが見つかりませんでした。受信者の電子メール アドレスを確認して、メッセージを再送信してください。",
            "userunknown",
        ),
        (
            "アドレス info@example.co.jp が見つからなかったか、メールを受信できないアドレスであるため、メールは配信されませんでした。",
            "userunknown",
        ),
        ("550 ﾕｰｻﾞｰが見つかりません", "userunknown"),
        ("550 ユーザが存在しません", "userunknown"),
        ("受信者のメールボックスがいっぱいです。", "mailboxfull"),
        (
            "メールボックスの容量を超えているため、メールを受信できません。",
            "mailboxfull",
        ),
        ("このアカウントは停止されています。", "suspend"),
        ("宛先のドメインが存在しません。", "hostunknown"),
        (
            "送信元IPアドレスがブラックリストに登録されています。",
            "blocked",
        ),
        (
            "このメールは迷惑メールと判定されたため、受信を拒否しました。",
            "spamdetected",
        ),
        (
            "添付ファイルからウイルスが検出されました。",
            "virusdetected",
        ),
        (
            "メッセージの有効期限が切れたため、配信を中止しました。",
            "expired",
        ),
        (
            "メッセージのサイズが大きすぎるため、配信できませんでした。",
            "mesgtoobig",
        ),
        (
            "受信者のサイズ制限を超えているため配信できません。",
            "exceedlimit",
        ),
        ("554 中継は許可されていません", "norelaying"),
        (
            "送信元ドメインが存在しないため、送信者のアドレスが拒否されました。",
            "rejected",
        ),
        (
            "組織のポリシーにより、このメッセージは配信されませんでした。",
            "policyviolation",
        ),
        (
            "サーバーに接続できませんでした。接続がタイムアウトしました。",
            "networkerror",
        ),
        (
            "451 一時的なエラーが発生しました。後でもう一度お試しください。",
            "systemerror",
        ),
        (
            "短時間に大量のメールが送信されたため、送信を制限しています。",
            "speeding",
        ),
        ("421 同時接続数が上限に達しました。", "toomanyconn"),
        (
            "450 グレーリストにより一時的に受信を保留しています。",
            "greylisted",
        ),
        (
            "SPF認証に失敗したため、メールを受信できませんでした。",
            "authfailure",
        ),
        (
            "受信者の受信拒否設定により、メールは配信されませんでした。",
            "filtered",
        ),
        (
            "送信元IPアドレスの逆引きができないため、接続を拒否しました。",
            "requireptr",
        ),
        ("530 SMTP認証が必要です。", "securityerror"),
        ("このドメインはメールを受信しません。", "notaccept"),
        ("452 システムの記憶域が不足しています", "systemfull"),
        (
            "550 アドレス hanako@example.jp は存在しません。",
            "userunknown",
        ),
    ];
    let negatives = [
        "お荷物はご不在のため配達できませんでした。",
        "今週は予定がいっぱいです。",
        "ご注文ありがとうございます。商品は三日以内に発送されます。",
        "会議室は満室です。",
    ];
    check(&rules, "ja", cases, &negatives);
}

#[test]
fn chinese_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        ("550 5.1.1 <zhangsan@163.com>: 用户不存在", "userunknown"),
        ("收件人邮箱不存在，请检查地址是否正确。", "userunknown"),
        (
            "找不到您输入的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。",
            "userunknown",
        ),
        ("找不到收件者的電子郵件地址。", "userunknown"),
        ("550 使用者不存在", "userunknown"),
        ("收件人邮箱空间已满，无法接收新邮件。", "mailboxfull"),
        ("收件者的信箱已滿。", "mailboxfull"),
        ("该账号已被冻结", "suspend"),
        ("帳號已停用", "suspend"),
        ("域名不存在或没有MX记录", "hostunknown"),
        ("554 DT:RBL 发信IP位于一个或多个RBL里", "blocked"),
        (
            "554 DT:SPM 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件。",
            "spamdetected",
        ),
        ("郵件被判定為垃圾郵件", "spamdetected"),
        ("450 MI:SFQ 发信人在15分钟内的发信数量超过限制", "speeding"),
        (
            "421 HL:ICC 该IP同时并发连接数过大，超过了网易的限制",
            "toomanyconn",
        ),
        ("邮件中检测到病毒，已被拒收。", "virusdetected"),
        ("邮件投递超时，多次尝试后仍无法投递。", "expired"),
        ("552 邮件大小超过限制", "mesgtoobig"),
        ("邮件大小超过收件人的大小限制", "exceedlimit"),
        ("554 不允许中继", "norelaying"),
        ("553 MI:IMF 发信人电子邮件地址不规范", "rejected"),
        ("您没有权限发送邮件给此收件人", "policyviolation"),
        ("连接被拒绝，无法连接到目标服务器。", "networkerror"),
        ("連線逾時", "networkerror"),
        ("451 系统繁忙，请稍后重试。", "systemerror"),
        ("450 灰名单限制，请稍后重试。", "greylisted"),
        ("550 MI:SPF 发信IP未被发送域的SPF许可", "authfailure"),
        ("550 MI:DMA 该邮件未被DMARC许可", "authfailure"),
        ("对方已将你加入黑名单", "filtered"),
        ("发信IP没有反向解析", "requireptr"),
        ("535 身份验证失败", "securityerror"),
        ("该域名不接收邮件", "notaccept"),
        ("伺服器儲存空間不足", "systemfull"),
        ("550 收件人 lisi@example.cn 不存在", "userunknown"),
        ("域名 example-shop.cn 不存在", "hostunknown"),
    ];
    let negatives = [
        "您的包裹今天未能送达，请联系快递员。",
        "我这周的日程已经排满了。",
        "感谢您的订购，商品将在三天内发货。",
        "餐厅今晚已经客满。",
        "本週行程已滿，請改約時間。",
    ];
    check(&rules, "zh", cases, &negatives);
}

#[test]
fn korean_phrases() {
    let rules = bounce_runtime::RuleSet::builtin().expect("valid");
    let cases: &[(&str, &str)] = &[
        (
            "550 5.1.1 <hong@naver.com>: 존재하지 않는 메일 주소입니다",
            "userunknown",
        ),
        (
            "입력한 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인하고 메시지를 다시 보내십시오.",
            "userunknown",
        ),
        (
            "info@example.co.kr 주소를 찾을 수 없거나 메일을 받을 수 없는 주소이므로 메일이 전송되지 않았습니다.",
            "userunknown",
        ),
        ("550 존재하지 않는 메일주소입니다", "userunknown"),
        (
            "받는 사람의 메일함 용량이 부족하여 메일을 받을 수 없습니다.",
            "mailboxfull",
        ),
        ("받는 사람의 사서함이 가득 찼습니다.", "mailboxfull"),
        ("휴면 계정으로 전환되어 메일을 받을 수 없습니다.", "suspend"),
        ("존재하지 않는 도메인입니다.", "hostunknown"),
        ("발송 IP가 차단되었습니다.", "blocked"),
        (
            "메일이 스팸으로 분류되어 수신이 거부되었습니다.",
            "spamdetected",
        ),
        ("첨부 파일에서 바이러스가 발견되었습니다.", "virusdetected"),
        (
            "일정 시간 동안 전송하지 못하여 메일 발송을 포기했습니다.",
            "expired",
        ),
        (
            "메일 크기가 너무 큽니다. 최대 메일 크기는 20MB입니다.",
            "mesgtoobig",
        ),
        (
            "수신자의 크기 제한을 초과하여 전달할 수 없습니다.",
            "exceedlimit",
        ),
        ("554 릴레이가 허용되지 않습니다", "norelaying"),
        ("553 발신자 주소가 거부되었습니다.", "rejected"),
        (
            "이 받는 사람에게 메시지를 보낼 수 있는 권한이 없습니다.",
            "policyviolation",
        ),
        (
            "서버에 연결할 수 없습니다. 연결 시간이 초과되었습니다.",
            "networkerror",
        ),
        (
            "451 일시적인 오류가 발생했습니다. 잠시 후 다시 시도하십시오.",
            "systemerror",
        ),
        ("421 발송 한도 초과로 메일을 보낼 수 없습니다.", "speeding"),
        ("421 동시 연결 수를 초과했습니다.", "toomanyconn"),
        (
            "450 그레이리스트 정책에 따라 잠시 후 다시 시도하십시오.",
            "greylisted",
        ),
        ("550 SPF 인증 실패로 메일이 거부되었습니다.", "authfailure"),
        ("받는 사람이 수신 거부한 발신자입니다.", "filtered"),
        ("발신 서버의 PTR 레코드가 없습니다.", "requireptr"),
        ("530 SMTP 인증이 필요합니다.", "securityerror"),
        ("이 도메인은 메일을 받지 않습니다.", "notaccept"),
        ("452 서버 저장 공간이 부족합니다.", "systemfull"),
        ("550 hong@daum.net 주소는 존재하지 않습니다.", "userunknown"),
        ("도메인 example.kr이(가) 존재하지 않습니다.", "hostunknown"),
    ];
    let negatives = [
        "고객님의 택배가 부재로 인해 배송되지 않았습니다.",
        "이번 주 일정이 꽉 찼습니다.",
        "주문해 주셔서 감사합니다. 상품은 3일 이내에 발송됩니다.",
        "식당이 오늘 저녁 만석입니다.",
    ];
    check(&rules, "ko", cases, &negatives);
}
