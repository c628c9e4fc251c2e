using CqpBot.Documents.Csv;
using CqpBot.Documents.Json;
using CqpBot.Documents.Pdf;

namespace CqpBot.Documents;

/// <summary>
/// Registers the record's documents: DOCX, JSON and the centre CSV always; the PDF when a PDFsharp licence is
/// configured (Documents:PdfSharpLicense). <see cref="RecordDocuments"/> finds one by format name.
/// </summary>
public static class RecordDocumentsServiceCollectionExtensions
{
    public static IServiceCollection AddRecordDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RecordDocumentsOptions.Section).Get<RecordDocumentsOptions>() ?? new RecordDocumentsOptions();
        services.AddSingleton<IRecordDocument>(sp => new GuideDocx(Clock(sp)));
        if (!string.IsNullOrWhiteSpace(options.PdfSharpLicense))
            services.AddSingleton<IRecordDocument>(sp => new GuidePdf(Clock(sp), options.PdfSharpLicense));
        services.AddSingleton<IRecordDocument, RecordJson>();
        services.AddSingleton<IRecordsExport, CentreRecordsCsv>();
        services.AddSingleton<RecordDocuments>();
        return services;
    }

    private static TimeProvider Clock(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;
}
