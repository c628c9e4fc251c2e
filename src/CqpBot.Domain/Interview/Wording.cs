namespace CqpBot.Domain.Interview;

/// <summary>
/// The French texts that depend on who reads them: the interviewer (about "le candidat"), or the candidate alone
/// (second person, plain words). Seed wording is quoted where the guide has it.
/// </summary>
internal static class Wording
{
    public static string For(Mode? mode, string aboutCandidate, string toCandidate) =>
        mode == Mode.AutoPositionnement ? toCandidate : aboutCandidate;

    public const string NotAnEvaluation =
        "Ce n'est pas une évaluation des compétences, ni un examen, et il n'y a pas de jugement de valeur. Il s'agit de conseiller et d'orienter au mieux.";

    public static IReadOnlyList<string> Accueil(Mode? mode) => mode switch
    {
        Mode.AutoPositionnement =>
        [
            "Bienvenue ! Cet auto-positionnement vous aide à préparer votre entretien d'accueil et d'orientation pour un CQP de la branche Mutualité.",
            "Nous allons d'abord présenter le CQP et les parcours possibles pour l'obtenir, puis parler de votre expérience, de votre demande et de votre motivation, et enfin passer en revue, bloc par bloc, les compétences du CQP.",
            "Ce n'est pas une évaluation, ni un examen : il n'y a pas de bonne ou de mauvaise réponse. Le résultat est une pré-orientation à discuter avec un centre de formation habilité, jamais une décision.",
            "À tout moment : « retour », « modifier », « progression », « pause », « aide ».",
        ],
        Mode.PreQualificationVae =>
        [
            "Pré-qualification VAE : quelques questions pour savoir si la candidature à la Validation des Acquis de l'Expérience est recevable pour un CQP, et quelles pièces justificatives manquent.",
            "Ce n'est pas une évaluation des compétences : l'examen de l'expérience au regard du référentiel se fait ensuite, lors de l'entretien d'accueil et d'orientation.",
        ],
        _ =>
        [
            "**Rappeler l'objectif et le contexte de l'entretien :** il s'agit dans un premier temps d'accueillir le candidat, de lui expliquer le contenu du CQP et le parcours possible pour l'acquérir. Dans un deuxième temps, l'entretien porte sur l'expérience professionnelle du candidat.",
            NotAnEvaluation,
            "**Présenter les phases de l'entretien :** présentation du CQP et des parcours possibles ; analyse de l'expérience du candidat, de sa demande et de sa motivation ; conclusion et bilan.",
            "À tout moment : « retour », « modifier », « progression », « pause », « aide ».",
        ],
    };

    public static string Consent(int retentionDays) =>
        "Avant de commencer, ce que nous enregistrons : les réponses données pendant l'entretien (et, pour un entretien conduit, les noms et fonctions saisis). "
        + "Pourquoi : établir le compte rendu de l'entretien d'accueil et d'orientation et l'orientation proposée. "
        + $"Combien de temps : {retentionDays} jours, puis tout est effacé automatiquement. "
        + "Qui y a accès : vous, et pour un entretien conduit par un centre, la personne qui le conduit et son organisme. "
        + "À tout moment, écrivez « exporter mes données » ou « supprimer mes données ».";

    public static IReadOnlyList<string> Paths(string unitLabel) =>
    [
        $"**VAE** : pour les compétences déjà acquises, compléter un dossier VAE (livret de recevabilité 1 et 2), avec un accompagnement possible par un organisme habilité. Il faut au moins 1 an d'expérience dans le métier.",
        $"**Évaluation directe** : sans formation, pour chaque {unitLabel.ToLowerInvariant()} dont toutes les compétences sont acquises.",
        "**Parcours de formation individualisé** : pour les compétences restant à acquérir, formation en centre habilité et pratique en entreprise, puis évaluation en entreprise.",
    ];

    public static IReadOnlyList<string> VaeSteps =>
    [
        "Présenter le cadre de la VAE et vérifier les critères de recevabilité.",
        "Remettre le dossier de recevabilité et expliquer la procédure.",
        "Présenter le dossier VAE et la prestation d'accompagnement proposée par le centre.",
        "Le candidat sera reçu en entretien par le jury final, qui délivre ou non le CQP, en totalité ou partiellement.",
    ];

    public static string Help =>
        "Répondez en cliquant un choix ou en écrivant votre réponse (le libellé, un mot comme « en partie », ou le numéro du choix). "
        + "Commandes : « retour » (question précédente), « modifier » (changer une réponse), « progression », « pause » puis « reprendre », « recommencer », « annuler ».";
}
