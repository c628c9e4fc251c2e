using CqpBot.Domain.Guides;

namespace CqpBot.Domain.Tests.Orientation;

/// <summary>A small guide built in code: blocs "b1".."bN", rows "b1-r1"..., one competence per row ("Compétence 1.1"...).</summary>
public static class TestGuide
{
    public const string OuiNonPartiellement = "oui-non-partiellement";
    public const string PasDuToutEnTotalite = "pas-du-tout-partiellement-en-totalite";

    private static readonly Source Nowhere = new("test", "test");

    public static Guide WithRows(params int[] rowsPerBloc) => WithScale(OuiNonPartiellement, rowsPerBloc);

    public static Guide WithScale(string scale, params int[] rowsPerBloc) => new(
        "test", "1", "CQP de test", "Bloc", scale, [],
        rowsPerBloc.Select((rows, i) => Bloc(i + 1, rows)).ToList());

    public static string RowId(int bloc, int row) => $"b{bloc}-r{row}";

    public static string CompetenceText(int bloc, int row) => $"Compétence {bloc}.{row}";

    private static Bloc Bloc(int number, int rows) => new(
        $"b{number}", number, $"Bloc {number}", Nowhere, [],
        Enumerable.Range(1, rows).Select(r => new Competence($"b{number}-c{r}", CompetenceText(number, r), Nowhere)).ToList(),
        [],
        Enumerable.Range(1, rows).Select(r => new AnswerRow(RowId(number, r), [$"b{number}-c{r}"], [])).ToList());
}
