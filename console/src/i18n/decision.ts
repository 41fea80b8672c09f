/**
 * Texts about the outcome of a declaration where the employer looks (flexi.decision.*): the back
 * office's reason, the refusal's reason, the action to correct a refused declaration, the
 * confirmation page once the controls have decided, and the question before transmitting while
 * selected flexi-jobbers have no wage data yet.
 */
import type { Locale } from "../common/format";

export const decisionMessages: Record<Locale, Record<string, unknown>> = {
  de: {
    decision: {
      office: "Begründung des LSS",
      reason: "Grund",
      correct: "Korrigieren",
      correctFor: "Meldung für %{name} korrigieren",
      allProcessed:
        "Alle Meldungen wurden geprüft; ihr Ergebnis steht unten. Sie erhalten dazu auch eine Nachricht in Ihrer e-Box.",
      refusedHint:
        "Eine Meldung wurde abgelehnt: Der Grund steht darunter. Korrigieren Sie sie und übermitteln Sie sie erneut. |||| %{smart_count} Meldungen wurden abgelehnt: Der Grund steht jeweils darunter. Korrigieren Sie sie und übermitteln Sie sie erneut.",
      stillToEnter: {
        title: "Trotzdem übermitteln?",
        content:
          "Für %{names} wurden noch keine Lohndaten eingegeben. Diese Person wird nicht übermittelt. |||| Für %{names} wurden noch keine Lohndaten eingegeben. Diese %{smart_count} Personen werden nicht übermittelt.",
        confirm: "Ohne sie übermitteln",
      },
    },
  },
  fr: {
    decision: {
      office: "Motif de l'ONSS",
      reason: "Motif",
      correct: "Corriger",
      correctFor: "Corriger la déclaration de %{name}",
      allProcessed:
        "Toutes les déclarations ont été contrôlées ; leur résultat figure ci-dessous. Vous recevez aussi un message dans votre e-Box.",
      refusedHint:
        "Une déclaration a été refusée : le motif figure en dessous. Corrigez-la et transmettez-la à nouveau. |||| %{smart_count} déclarations ont été refusées : le motif figure sous chacune. Corrigez-les et transmettez-les à nouveau.",
      stillToEnter: {
        title: "Transmettre quand même ?",
        content:
          "Aucune donnée salariale n'a encore été saisie pour %{names}. Cette personne ne sera pas transmise. |||| Aucune donnée salariale n'a encore été saisie pour %{names}. Ces %{smart_count} personnes ne seront pas transmises.",
        confirm: "Transmettre sans elles",
      },
    },
  },
  nl: {
    decision: {
      office: "Reden van de RSZ",
      reason: "Reden",
      correct: "Verbeteren",
      correctFor: "Aangifte voor %{name} verbeteren",
      allProcessed:
        "Alle aangiften zijn gecontroleerd; hun resultaat staat hieronder. U ontvangt ook een bericht in uw e-Box.",
      refusedHint:
        "Eén aangifte werd geweigerd: de reden staat eronder. Verbeter ze en stuur ze opnieuw door. |||| %{smart_count} aangiften werden geweigerd: de reden staat telkens eronder. Verbeter ze en stuur ze opnieuw door.",
      stillToEnter: {
        title: "Toch doorsturen?",
        content:
          "Voor %{names} werden nog geen loongegevens ingegeven. Deze persoon wordt niet doorgestuurd. |||| Voor %{names} werden nog geen loongegevens ingegeven. Deze %{smart_count} personen worden niet doorgestuurd.",
        confirm: "Zonder hen doorsturen",
      },
    },
  },
  en: {
    decision: {
      office: "NSSO's reason",
      reason: "Reason",
      correct: "Correct",
      correctFor: "Correct the declaration of %{name}",
      allProcessed:
        "All declarations have been checked; their results are below. You also receive a message in your e-Box.",
      refusedHint:
        "One declaration was refused: the reason is shown below it. Correct it and transmit it again. |||| %{smart_count} declarations were refused: the reason is shown below each. Correct them and transmit them again.",
      stillToEnter: {
        title: "Transmit anyway?",
        content:
          "No wage data has been entered yet for %{names}. This person will not be transmitted. |||| No wage data has been entered yet for %{names}. These %{smart_count} people will not be transmitted.",
        confirm: "Transmit without them",
      },
    },
  },
};
