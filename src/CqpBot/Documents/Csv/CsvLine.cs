using System.Text;

namespace CqpBot.Documents.Csv;

/// <summary>One CSV line as French spreadsheets read it: ';' between fields, quotes only where needed, CRLF at the end.</summary>
internal static class CsvLine
{
    public const char Separator = ';';

    public static string Of(IEnumerable<string?> fields) => string.Join(Separator, fields.Select(Field)) + "\r\n";

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        // A candidate's free text starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        var quoted = value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 || value[0] == ' ' || value[^1] == ' ';
        return quoted ? new StringBuilder("\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString() : value;
    }
}
