namespace GovBudget.Cli.Output;

/// <summary>Writes validation results in one output format, item by item (so batches stream).</summary>
internal interface IReportSink : IDisposable
{
    /// <summary>Writes one result.</summary>
    void Add(ValidationItem item);

    /// <summary>Finishes the output.</summary>
    void Complete();
}
