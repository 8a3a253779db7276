using System.Text;
using System.Xml;
using GovBudget.Disclosures;
using GovBudget.Rendering;
using GovBudget.Rules;
using GovBudget.Serialization;

namespace GovBudget.Tests.Hostile;

/// <summary>
/// Everything a hostile document may reach once the reader has accepted it: validation (both languages, strict and
/// interval mode), HTML and Markdown rendering with findings, CSV per table and read back, JSON and read back.
/// Returns the first problem found, or <see langword="null"/>.
/// </summary>
internal static class HostilePipeline
{
    private static readonly ValidationOptions Strict = new() { Strict = true };

    private static readonly TableCsvOptions[] CsvOptions = [TableCsvOptions.Default, new() { NeutralizeFormulas = false }];

    /// <summary>CSV reads an empty label back as no label (documented in docs/json-format.md).</summary>
    private static GovBudget.Tables.TableRow WithoutEmptyLabel(GovBudget.Tables.TableRow row) => row.Label is "" ? row with { Label = null } : row;

    /// <summary>Runs the whole pipeline; returns a description of the first failure (an exception or a difference).</summary>
    public static string? Run(Disclosure disclosure, bool render = true)
    {
        string stage = "validate";
        try
        {
            var report = disclosure.Validate();
            stage = "validate (strict)";
            disclosure.Validate(Strict);
            if (render)
            {
                stage = "render html";
                var html = DisclosureRenderer.ToHtml(disclosure, new RenderOptions { Findings = report });
                stage = "html is well-formed XML";
                CheckWellFormed(html);
                stage = "render markdown";
                var md = DisclosureRenderer.ToMarkdown(disclosure, new RenderOptions { Findings = report, Language = "en" });
                stage = "markdown has no control characters";
                if (md.Any(c => char.IsControl(c) && c is not '\n'))
                {
                    return "markdown contains a raw control character";
                }
            }

            stage = "csv";
            foreach (var table in disclosure.Tables)
            {
                foreach (var csvOptions in CsvOptions)
                {
                    var csv = TableCsv.Write(table, csvOptions);
                    var back = TableCsv.Read(new StringReader(csv), table.Definition, table.Precision, csvOptions);
                    if (!back.Rows.SequenceEqual(table.Rows.Select(WithoutEmptyLabel)))
                    {
                        return $"csv round trip of {table.Id} differs (NeutralizeFormulas = {csvOptions.NeutralizeFormulas})";
                    }
                }
            }

            stage = "json";
            var json = DisclosureJson.SerializeToUtf8Bytes(disclosure);
            var read = DisclosureJson.Deserialize(json);
            if (!read.Equals(disclosure))
            {
                return "json round trip differs";
            }

            return null;
        }
        catch (Exception ex)
        {
            return $"{stage}: {ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>Throws <see cref="XmlException"/> when <paramref name="html"/> is not well-formed XML (the DOCTYPE aside).</summary>
    public static void CheckWellFormed(string html)
    {
        var start = html.IndexOf("<html", StringComparison.Ordinal);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CheckCharacters = true };
        using var reader = XmlReader.Create(new StringReader(html[start..]), settings);
        while (reader.Read())
        {
        }
    }

    /// <summary>The bytes of a fixture in <c>Fixtures/Hostile</c>.</summary>
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Hostile", name));

    /// <summary>The text of a fixture.</summary>
    public static string FixtureText(string name) => Encoding.UTF8.GetString(Fixture(name));
}
