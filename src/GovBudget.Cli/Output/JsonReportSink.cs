using System.Text.Encodings.Web;
using System.Text.Json;
using GovBudget.Serialization;

namespace GovBudget.Cli.Output;

/// <summary>A JSON array, one object per disclosure, each with the report in the format of <see cref="ValidationReportJson"/>.</summary>
internal sealed class JsonReportSink : IReportSink
{
    private readonly Utf8JsonWriter _writer;

    public JsonReportSink(ReportSinkOptions options)
    {
        _writer = new Utf8JsonWriter(options.Output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" });
        _writer.WriteStartArray();
    }

    public void Add(ValidationItem item)
    {
        _writer.WriteStartObject();
        _writer.WriteString("file", item.File);
        _writer.WriteNumber("index", item.Index);
        if (item.Error is not null)
        {
            _writer.WriteString("error", item.Error);
            _writer.WriteBoolean("internal", item.Internal);
            if (item.Line is { } line)
            {
                _writer.WriteNumber("line", line);
            }
        }
        else
        {
            _writer.WriteString("department", item.Disclosure!.Department.Name);
            _writer.WriteNumber("year", item.Disclosure.Year);
            _writer.WriteString("kind", item.Disclosure.Kind == Tables.DisclosureKind.Budget ? "budget" : "settlement");
            _writer.WritePropertyName("report");
            ValidationReportJson.Write(item.Report!, _writer);
            if (item.HasBaseline)
            {
                // --baseline: the indexes (into report.findings) of the findings the baseline accepts.
                _writer.WriteStartArray("suppressed");
                for (var i = 0; i < item.Report!.Findings.Count; i++)
                {
                    if (item.IsSuppressed(i))
                    {
                        _writer.WriteNumberValue(i);
                    }
                }

                _writer.WriteEndArray();
            }

            if (item.Provenance is not null)
            {
                // An imported document: the page each finding's cell was printed on, by the cell's address.
                _writer.WriteStartObject("pages");
                var written = new HashSet<string>(StringComparer.Ordinal);
                foreach (var finding in item.Report!.Findings)
                {
                    if (item.PageOf(finding.Location) is { } page && written.Add(finding.Location.ToString()))
                    {
                        _writer.WriteNumber(finding.Location.ToString(), page);
                    }
                }

                _writer.WriteEndObject();
            }
        }

        _writer.WriteEndObject();
        _writer.Flush();
    }

    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
