using DocumentFormat.OpenXml.Wordprocessing;

namespace CqpBot.Documents;

/// <summary>The few paragraph styles of the guide, named so that Word's navigation pane shows the sections.</summary>
internal static class DocxStyles
{
    private const string Font = "Arial";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "20" },
                new Languages { Val = "fr-FR" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Style("Normal", "Normal", null, null, isDefault: true),
        Style("Title", "Title", new ParagraphProperties(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "32" })),
        Style("Subtitle", "Subtitle", new ParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "26" })),
        Style("Heading1", "heading 1", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "280", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "24" })),
        Style("Heading2", "heading 2", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "80" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "21" })),
        Style("FieldLabel", "Field label", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "80", After = "40" }),
            new StyleRunProperties(new Bold())),
        Style("Notice", "Notice", new ParagraphProperties(
                new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 8, Color = "C00000", Space = 2 },
                    new LeftBorder { Val = BorderValues.Single, Size = 8, Color = "C00000", Space = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 8, Color = "C00000", Space = 2 },
                    new RightBorder { Val = BorderValues.Single, Size = 8, Color = "C00000", Space = 4 }),
                new SpacingBetweenLines { Before = "120", After = "160" }),
            new StyleRunProperties(new Bold(), new Color { Val = "C00000" })),
        Style("Bullet", "Bullet", new ParagraphProperties(new SpacingBetweenLines { After = "40" }, new Indentation { Left = "425", Hanging = "255" }), null),
        Style("TableText", "Table text", new ParagraphProperties(new SpacingBetweenLines { After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "17" })),
        Style("Footer", "footer", null, new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "14" })));

    private static Style Style(string id, string name, ParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (id != "Normal")
            style.Append(new BasedOn { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        if (run is not null)
            style.Append(run);
        return style;
    }
}
