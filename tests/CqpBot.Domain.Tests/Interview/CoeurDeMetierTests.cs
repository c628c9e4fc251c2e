using CqpBot.Domain.Interview;

namespace CqpBot.Domain.Tests.Interview;

/// <summary>Choosing the CQP from the candidate's cœur de métier (001 "Première partie de l'entretien": "Si le cœur de métier du candidat est…").</summary>
public class CoeurDeMetierTests
{
    // 001's own wording for each cœur de métier; the two newer CQPs in the words of their référentiels (002, 004).
    [Theory]
    [InlineData("la conclusion de contrats et la prospection sur un territoire", "conseiller-mutualiste")]
    [InlineData("l'accueil, l'information, le conseil et la vente de produits par téléphone", "teleconseiller")]
    [InlineData("l'accueil, l'information, le conseil et la vente de produits en situation de face-à-face et par téléphone", "charge-accueil-relation-clients")]
    [InlineData("l'organisation des activités et l'assistance aux conseillers mutualistes", "assistant-commercial")]
    [InlineData("le traitement et la gestion des dossiers santé-prévoyance", "specialiste-prestations")]
    [InlineData("conseiller relation client omnicanal : téléphone, mail et tchat, à distance", "charge-relation-distance")]
    [InlineData("les actes de gestion et de contrôle du parcours adhérents", "gestionnaire-parcours-adherents-clients")]
    public void The_cqp_suggested_for_a_coeur_de_metier_is_the_one_001_names(string coeurDeMetier, string expected)
    {
        var talk = Conversation.Start(Mode.PreQualificationVae).Begin("je ne sais pas");
        Assert.Equal(StepKind.CoeurDeMetier, talk.Step);

        talk.Say(coeurDeMetier);

        Assert.True(talk.LastApplied, talk.Text);
        Assert.Equal(StepKind.ChooseCqp, talk.Step);
        Assert.Equal(expected, talk.State.SuggestedCqp);
        talk.Say("1");
        Assert.Equal(expected, talk.State.CqpId);
    }

    [Fact]
    public void A_self_assessment_only_offers_the_cqps_that_have_a_guide()
    {
        var talk = Conversation.Start(Mode.AutoPositionnement).Begin("je ne sais pas");

        var examples = Assert.IsType<CqpBot.Domain.Interview.Outputs.Prompt>(talk.Current).Details!;
        Assert.Equal(Conversation.Library.Runnable.Select(c => c.Title), examples.Select(e => e[(e.LastIndexOf("CQP ", StringComparison.Ordinal) + 4)..]));
        talk.Say("le traitement et la gestion des dossiers santé-prévoyance"); // the cœur de métier of a CQP without a guide
        Assert.False(talk.LastApplied);
    }

    [Fact]
    public void A_suggestion_is_offered_first_and_can_be_declined_for_another_cqp()
    {
        var talk = Conversation.Start(Mode.PreQualificationVae).Begin("aidez-moi à choisir").Say("accueil en agence au guichet et au téléphone");

        Assert.True(talk.State.SuggestedCqp == "charge-accueil-relation-clients", talk.Text);
        Assert.Equal("Choix du CQP", Assert.IsType<CqpBot.Domain.Interview.Outputs.Prompt>(talk.Current).Title);
        Assert.Equal("charge-accueil-relation-clients", Assert.IsType<CqpBot.Domain.Interview.Outputs.Prompt>(talk.Current).Choices[0].Value);
        var other = Conversation.Library.Catalogue.Cqp("teleconseiller")!;
        talk.Say(other.Title);
        Assert.Equal(other.Id, talk.State.CqpId);
    }

    [Fact]
    public void A_description_that_fits_no_cqp_is_asked_again_and_nothing_is_chosen()
    {
        var talk = Conversation.Start(Mode.AutoPositionnement).Begin("je ne sais pas");

        talk.Say("je répare des vélos");

        Assert.False(talk.LastApplied);
        Assert.Equal(StepKind.CoeurDeMetier, talk.Step);
        Assert.Null(talk.State.SuggestedCqp);
        Assert.Null(talk.State.CqpId);
        Assert.Contains("Précisez", talk.Text);
    }
}
