//! English.

use super::{ExText, GmText, Lang, Vacation};
use crate::gen_data::charset::Charset::*;
use crate::gen_data::mime::Enc::*;

pub static LANG: Lang = Lang {
    code: "en",
    name: "English",
    charsets: &[
        (Ascii, Bit7),
        (Ascii, Bit7),
        (Utf8, Qp),
        (Utf8, Bit8),
        (Utf8, B64),
        (Latin1, Qp),
    ],
    fail_subjects: &[
        "Undelivered Mail Returned to Sender",
        "Mail delivery failed: message returned to sender",
        "Delivery Status Notification (Failure)",
        "Returned mail: see the transcript for details",
        "failure notice",
        "Undeliverable: {subject}",
        "Mail System Error - Returned Mail",
        "Delivery Failure",
        "Message delivery failure",
        "Returned mail: User unknown",
        "Undeliverable mail: {subject}",
        "Delivery failed",
        "Non-delivery report: {subject}",
        "Mail could not be delivered",
    ],
    delay_subjects: &[
        "Delayed Mail (still being retried)",
        "Warning: message {qid} delayed 24 hours",
        "Delivery Status Notification (Delay)",
        "Warning: could not send message for past 4 hours",
        "Delivery delayed: {subject}",
        "Mail delivery delayed",
    ],
    daemon_names: &[
        "Mail Delivery System",
        "Mail Delivery Subsystem",
        "MAILER-DAEMON",
        "Mail Administrator",
        "Postmaster",
        "Mail Delivery Service",
    ],
    intro_fail: &[
        "We regret that your message could not be delivered to one or more\nrecipients; a copy of it is attached below.",
        "Your message could not be delivered to the following recipients:",
        "A message you sent could not be delivered to one or more of its\nrecipients.",
        "Delivery to the following recipients failed.",
        "We were unable to deliver your message to the following address(es).",
        "The following message to <{rcpt}> was undeliverable.",
        "Your message did not reach some or all of the intended recipients.",
    ],
    permanent: &[
        "This is a permanent error. The following address(es) failed:",
        "This is a permanent error and I have given up. Sorry it did not work.",
        "The error that the other server returned was:",
        "No further delivery attempts will be made.",
    ],
    intro_delay: &[
        "This is an automatically generated delivery status notice.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.",
        "Your message could not be delivered for more than {hours} hour(s).\nIt will be retried until it is {days} days old.",
        "Message delivery to the following recipients is delayed. The mail system\nwill keep trying for {days} more days.",
        "Delivery of your message has been delayed. No action is required on your part;\ndelivery attempts will continue.",
    ],
    intro_expired: &[
        "Your message could not be delivered within {days} days and has been returned to you.",
        "The message has been in the queue for {days} days without being delivered.\nNo further attempts will be made.",
        "Delivery attempts for this message have been unsuccessful for {days} days; giving up.",
    ],
    rcpt_label: "Recipient",
    reason_label: "Reason",
    server_said: "The remote server said:",
    original: &[
        "------ This is a copy of the message, including all the headers. ------",
        "----- Original message -----",
        "--- Below this line is a copy of the message.",
        "------ Original message headers follow ------",
    ],
    closing: &[
        "Please do not reply to this message.",
        "For further assistance, please contact your system administrator.",
        "If you need help, please send mail to the postmaster of your domain.",
        "",
    ],
    generic: &[
        "The message could not be delivered to this recipient.",
        "Delivery to this address failed.",
        "The recipient's server rejected the message.",
    ],
    explain: &[
        (
            "userunknown",
            &[
                "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
                "The recipient's mailbox does not exist.",
                "No such user: the address is not known at the destination.",
                "This account does not exist. Please check the spelling of the address.",
                "The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.",
            ],
        ),
        (
            "hostunknown",
            &[
                "The domain {domain} couldn't be found. Check the address for typos.",
                "The recipient's domain does not exist or has no mail server.",
                "The destination domain could not be resolved.",
                "The domain name in the e-mail address is incorrect. Check the address and try again.",
            ],
        ),
        (
            "hasmoved",
            &[
                "The recipient has moved to a new address and mail is not forwarded.",
                "This address is no longer in use; the owner has moved.",
            ],
        ),
        (
            "notaccept",
            &[
                "The recipient's domain does not accept email.",
                "The destination server refuses all mail.",
            ],
        ),
        (
            "suspend",
            &[
                "The recipient's account has been disabled or suspended.",
                "The mailbox is inactive and cannot receive messages.",
            ],
        ),
        (
            "mailboxfull",
            &[
                "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
                "The recipient's inbox is over its storage quota.",
                "Mailbox full.",
            ],
        ),
        (
            "systemfull",
            &[
                "The receiving server is out of storage space.",
                "The destination mail system is full.",
            ],
        ),
        (
            "exceedlimit",
            &[
                "The message is larger than the recipient accepts.",
                "The message exceeds the size the recipient allows.",
            ],
        ),
        (
            "mesgtoobig",
            &[
                "The message is too large for the receiving server. Try sending it without attachments or with smaller ones.",
                "Message size exceeds the server limit.",
            ],
        ),
        (
            "norelaying",
            &[
                "The receiving server does not relay mail for this domain.",
                "Relaying was denied.",
            ],
        ),
        (
            "blocked",
            &[
                "Your message wasn't delivered because the recipient's server blocked the sending IP address.",
                "Your message wasn't delivered because the recipient's e-mail provider rejected it.",
                "The sending server is on a block list.",
            ],
        ),
        (
            "badreputation",
            &[
                "The receiving server refused the message because of the sender's reputation.",
                "Messages from the sending server are being rejected because of poor reputation.",
            ],
        ),
        (
            "requireptr",
            &[
                "The receiving server requires a valid reverse DNS (PTR) record for the sending IP address.",
            ],
        ),
        (
            "authfailure",
            &[
                "The message failed the recipient's SPF, DKIM or DMARC checks.",
                "The message was rejected because the sender could not be authenticated.",
            ],
        ),
        (
            "rejected",
            &[
                "The recipient's server rejected the sender address.",
                "Your sender address was refused.",
            ],
        ),
        (
            "spamdetected",
            &[
                "The message was classified as spam by the recipient's server.",
                "Your message was rejected as spam.",
            ],
        ),
        (
            "virusdetected",
            &[
                "The message contains a virus or other malware and was rejected.",
                "A virus was found in the message.",
            ],
        ),
        (
            "filtered",
            &[
                "The message was rejected by a filter at the recipient's server.",
                "The recipient does not accept messages from you.",
            ],
        ),
        (
            "contenterror",
            &["The message content is malformed and cannot be processed."],
        ),
        (
            "notcompliantrfc",
            &["The message does not comply with the Internet message format (RFC 5322)."],
        ),
        (
            "policyviolation",
            &[
                "Your message wasn't delivered because of the recipient organization's policy.",
                "Delivery was refused by the recipient's security policy.",
                "Your message can't be delivered because delivery to this address is restricted.",
            ],
        ),
        (
            "securityerror",
            &["Authentication is required to send this message."],
        ),
        (
            "failedstarttls",
            &["A secure (TLS) connection to the recipient's server could not be established."],
        ),
        (
            "speeding",
            &["Too many messages were sent in a short time. Please try again later."],
        ),
        (
            "toomanyconn",
            &["The receiving server has too many connections from the sender right now."],
        ),
        (
            "greylisted",
            &["The receiving server asked us to try again later (greylisting)."],
        ),
        (
            "networkerror",
            &[
                "The recipient's server could not be reached.",
                "A network problem prevented delivery.",
                "The destination server couldn't be reached. The connection was refused or timed out.",
            ],
        ),
        (
            "expired",
            &[
                "The message could not be delivered in the allowed time and has expired.",
                "Delivery timed out.",
                "Delivery of this message timed out. The server will not try to redeliver this message for you.",
            ],
        ),
        (
            "systemerror",
            &[
                "The recipient's server had an internal error.",
                "A problem occurred during the delivery of this message to this e-mail address. Try sending this message again.",
            ],
        ),
        (
            "mailererror",
            &["The recipient's local delivery program failed."],
        ),
        (
            "suppressed",
            &["This address is on the suppression list and was not sent to."],
        ),
    ],
    ex: Some(&ExText {
        subject_prefix: "Undeliverable:",
        failed_to: "Delivery has failed to these recipients or groups:",
        diag_admins: "Diagnostic information for administrators:",
        generating: "Generating server:",
        orig_headers: "Original message headers:",
        remote_returned: "Remote Server returned",
        couldnt: "Your message to {rcpt} couldn't be delivered.",
        action_required: "Action Required",
        how_to_fix: "How to Fix It",
        delay_subject: "Delivery delayed:",
        delay_intro: "Delivery is delayed to these recipients or groups:",
        delay_note: "This message hasn't been delivered yet. Delivery will continue to be attempted.",
    }),
    gm: Some(&GmText {
        not_found: "Address not found",
        blocked: "Message blocked",
        not_delivered: "Message not delivered",
        full: "Recipient inbox full",
        delayed: "Delivery incomplete",
        not_found_text: "Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.",
        generic_text: "There was a problem delivering your message to {rcpt}. See the technical details below.",
        blocked_text: "Your message to {rcpt} has been blocked. See technical details below for more information.",
        full_text: "Your message couldn't be delivered to {rcpt}. Their inbox is full, or it's getting too much mail right now.",
        delay_text: "There was a temporary problem delivering your message to {rcpt}. Gmail will retry for {hours} more hours. You'll be notified if the delivery fails permanently.",
        response: "The response was:",
    }),
    vacation: Vacation {
        subjects: &[
            "Out of Office: {subject}",
            "Automatic reply: {subject}",
            "Auto-Reply: {subject}",
            "Out of office",
            "Re: {subject} [Autoreply]",
            "I am away until {back}",
        ],
        bodies: &[
            "Hello,\n\nThank you for your email. I am out of the office until {back} with limited access to email.\nFor urgent matters please contact {colleague} at {cmail}.\n\nBest regards,\n{name}",
            "I'm currently on annual leave and will return on {back}. Your message will not be forwarded.\n\nKind regards,\n{name}",
            "Thanks for your message. I am attending a conference this week and will reply when I'm back on {back}.\n\n{name}",
            "This is an automatic reply. I am away from the office until {back}. If your message is urgent, please call the main office or write to {cmail}.",
            "Hi,\n\nI'm on parental leave until {back}. {colleague} ({cmail}) is covering for me.\n\nThanks,\n{name}",
        ],
    },
    personal: &[
        (
            "Re: lunch on Friday?",
            "Hi {name},\n\nFriday works for me. Shall we say 12:30 at the usual place?\n\nCheers,\n{me}",
        ),
        (
            "Quarterly figures",
            "Hi {name},\n\nAttached are the figures for Q3. Let me know if anything looks off before I send them to finance.\n\nThanks,\n{me}",
        ),
        (
            "Your parcel delivery",
            "Dear {name},\n\nYour parcel could not be delivered today because nobody was at home. We will try again tomorrow between 9:00 and 13:00. You can also pick it up at your local post office with the card we left.\n\nYour delivery team",
        ),
        (
            "Re: the address you gave me",
            "Hi {name},\n\nI tried writing to your old work address and got a \"user unknown\" error back, so I'm using this one. Did you leave the company?\n\n{me}",
        ),
        (
            "Meeting notes",
            "Hello {name},\n\nHere are the notes from today's meeting:\n- delivery of the new server is delayed to next month\n- budget approved\n- next meeting on Tuesday\n\nRegards,\n{me}",
        ),
        (
            "Re: mail problems",
            "Hi {name},\n\nI had a look at the mail logs. Your messages to the client were rejected with \"550 5.7.1\" because our server was on a blocklist for a day; it's fixed now, please resend.\n\n{me}",
        ),
    ],
};
