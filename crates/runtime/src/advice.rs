//! One paragraph of plain-language advice per reason, for people deciding what to do.

use bounce_model::Reason;

/// What a sender should understand and do about `reason`.
pub fn advice(reason: Reason) -> &'static str {
    match reason {
        Reason::UserUnknown => {
            "The address does not exist at the receiving domain (a typo, or an account that was deleted). Remove it from your list; sending again will only hurt your reputation."
        }
        Reason::HostUnknown => {
            "The recipient's domain does not exist or has no mail server. Check the domain for typos; if it is right, the organisation no longer receives mail there. Remove the address."
        }
        Reason::HasMoved => {
            "The mailbox has moved and mail is not forwarded. Remove the address, and use the new one if the message named it and the person confirms it."
        }
        Reason::NotAccept => {
            "The receiving domain accepts no mail at all (a null MX or a server that refuses every message). Remove the address unless the refusal was temporary."
        }
        Reason::Suspend => {
            "The account exists but is disabled or suspended, often for inactivity. Keep it for now, but remove it if the next few messages bounce the same way."
        }
        Reason::MailboxFull => {
            "The recipient's mailbox is over quota. Nothing is wrong with the address: try again later, and treat it as abandoned if it stays full for weeks."
        }
        Reason::SystemFull => {
            "The receiving server has run out of storage. The problem is theirs and usually temporary: retry later."
        }
        Reason::ExceedLimit => {
            "The message is larger than this recipient accepts. Send a smaller message (link to large files instead of attaching them)."
        }
        Reason::MesgTooBig => {
            "The message is larger than the receiving server accepts. Reduce its size (compress or link attachments) and send again."
        }
        Reason::NoRelaying => {
            "The server you reached is not the recipient's final destination and will not relay for you. Check your outbound route (smarthost, MX records) and authentication."
        }
        Reason::Blocked => {
            "Your sending IP address or host is refused, often because it is on a DNS blocklist. Find out which list (see the blocklist field), fix the cause, and ask to be delisted; the recipient's address is fine."
        }
        Reason::BadReputation => {
            "Your IP address or domain has a poor sending reputation at this provider. Slow down, send only to people who asked for mail, check complaint rates, and use the provider's postmaster tools."
        }
        Reason::RequirePtr => {
            "Your sending IP address has no reverse DNS (PTR) record, or it does not match your host name. Ask whoever runs the IP address to set a matching PTR record."
        }
        Reason::AuthFailure => {
            "The message failed SPF, DKIM or DMARC checks. Publish correct SPF and DKIM records for the sending domain, sign your mail, and align the From domain with them."
        }
        Reason::Rejected => {
            "The envelope sender (MAIL FROM) was refused: the sender address or domain is not accepted. Check that your bounce address exists, resolves, and is allowed to send to this recipient."
        }
        Reason::SpamDetected => {
            "The content was judged to be spam. Review the message (links, wording, images, attachments), check that it is wanted, and test it against spam filters before sending again."
        }
        Reason::VirusDetected => {
            "A virus or malware was found in the message. Scan the attachments and the system that produced them; do not resend until it is clean."
        }
        Reason::Filtered => {
            "A filter or a rule of the recipient refused the message after reading it. Reach the recipient by another channel and ask them to allow your mail."
        }
        Reason::ContentError => {
            "The message was malformed (encoding, line length, broken MIME). Fix how the message is built and send it again."
        }
        Reason::NotCompliantRfc => {
            "The message breaks an Internet mail standard (for example duplicate or missing headers). Fix the sending software so its messages follow RFC 5322."
        }
        Reason::PolicyViolation => {
            "The receiving organisation's policy refused the message (restricted senders, attachments or content). Contact the recipient to learn what their policy allows."
        }
        Reason::SecurityError => {
            "The server demanded a security step your sender did not meet (authentication, encryption, credentials). Check your server's TLS and authentication settings."
        }
        Reason::FailedStartTls => {
            "The encrypted (STARTTLS) connection failed or was required but unavailable. Check your TLS configuration and certificates."
        }
        Reason::Speeding => {
            "You sent too much too fast for this provider. Slow down and spread your sending; the address itself is fine."
        }
        Reason::TooManyConn => {
            "You opened too many connections at once. Lower the concurrency of your sending toward this provider and retry later."
        }
        Reason::Greylisted => {
            "The server deferred the message on purpose (greylisting) and expects a retry in a few minutes. A normal mail server retries by itself: nothing to do."
        }
        Reason::NetworkError => {
            "The receiving server could not be reached (connection refused or timed out, DNS trouble, or a routing loop). Usually temporary: retry later."
        }
        Reason::Expired => {
            "Your server kept retrying until the message expired in its queue. Retry later; if the same address keeps expiring, the destination may be gone."
        }
        Reason::SystemError => {
            "The receiving server reported an error of its own. Usually temporary: retry later."
        }
        Reason::MailerError => {
            "The recipient's local delivery program failed (a filter script or forwarding program). Contact the recipient or their administrator."
        }
        Reason::SyntaxError => {
            "Your server sent an SMTP command the receiving server did not understand. Check your sending software."
        }
        Reason::Suppressed => {
            "Your sending platform refused to send because the address is on its suppression list (it bounced or complained before). Keep it suppressed unless the recipient asks to be added back."
        }
        Reason::OnHold => {
            "This is a failure report, but the evidence is too thin to name a cause. Look at the message; retry once before removing the address."
        }
        Reason::Undefined => {
            "No cause could be determined. Look at the message before acting on the address."
        }
        Reason::Delivered => "The message was delivered: this is a success notice, nothing to do.",
        Reason::Vacation => {
            "An automatic reply (out of office): the message was delivered. Nothing to do."
        }
        Reason::Feedback => {
            "A recipient reported your message as unwanted (a feedback-loop complaint). Stop sending to this address and review how it was subscribed."
        }
        Reason::NotBounce => "This is not a delivery report: it is an ordinary message.",
    }
}
