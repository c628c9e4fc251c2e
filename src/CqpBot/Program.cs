using CqpBot.Hosting;

if (args.Length > 0 && args[0] == CheckDialogsCommand.Name)
    return CheckDialogsCommand.Run(args[1..], DialogsDirectory.Resolve(Environment.GetEnvironmentVariable("Dialogs__Path")), Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
