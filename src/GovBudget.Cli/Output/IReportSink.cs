namespace GovBudget.Cli.Output;

/// <summary>Writes validation results in one output format, item by item (so batches stream).</summary>
internal interface IReportSink : IDisposable
{
    /// <summary>Writes one result.</summary>
    void Add(ValidationItem item);

    /// <summary>Finishes the output.</summary>
    void Complete();

    /// <summary>A problem with the inputs that is not about one input's content (a missing path, a skipped folder); already printed on standard error.</summary>
    void Notify(string message)
    {
    }
}
