using CqpBot.Domain.Guides.Loading;

namespace CqpBot.Hosting;

/// <summary>`dotnet run --project src/CqpBot -- check-dialogs FILE...`: validates files without starting the server; exit 0 or 1.</summary>
public static class CheckDialogsCommand
{
    public const string Name = "check-dialogs";

    public static int Run(IReadOnlyList<string> files, string dialogsDirectory, TextWriter output, TextWriter error)
    {
        if (files.Count == 0)
        {
            try
            {
                var library = DialogsLoader.Load(dialogsDirectory);
                output.WriteLine($"{dialogsDirectory}: OK ({library.Guides.Count} guides, {library.Catalogue.Cqps.Count} CQPs in the catalogue)");
                return 0;
            }
            catch (InvalidDialogsException e)
            {
                foreach (var problem in e.Errors)
                    error.WriteLine(problem);
                return 1;
            }
        }

        var failed = false;
        foreach (var file in files)
        {
            var errors = DialogsLoader.Check(file, dialogsDirectory);
            foreach (var problem in errors)
                error.WriteLine(problem);
            if (errors.Count == 0)
                output.WriteLine($"{file}: OK");
            failed |= errors.Count > 0;
        }

        return failed ? 1 : 0;
    }
}
