using System.Text.Json;

namespace CqpBot.Domain.Guides.Loading;

/// <summary>The JSON conventions of dialogs/ files (camelCase, "$schema" ignored).</summary>
public static class DialogsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };
}
