using System.Globalization;
using System.Text;
using GovBudget.Disclosures;
using GovBudget.Serialization.Json;
using GovBudget.Tables;

namespace GovBudget.Cli.Output;

/// <summary>Artifact URIs and regions of SARIF results.</summary>
internal static class SarifRegions
{
    /// <summary>
    /// The URI reference of an input: a percent-encoded relative reference (resolved against the run's base) for a
    /// relative path, a <c>file://</c> URI for an absolute one; <c>stdin</c> (relative) for standard input.
    /// </summary>
    public static (string Uri, bool Relative) Uri(string file)
    {
        if (file == InputFiles.StandardInput)
        {
            return ("stdin", true);
        }

        if (Path.IsPathRooted(file))
        {
            return (new Uri(Path.GetFullPath(file)).AbsoluteUri, false);
        }

        var segments = file.Replace('\\', '/').Split('/');
        return (string.Join('/', segments.Select(System.Uri.EscapeDataString)), true);
    }

    /// <summary>
    /// The line and UTF-16 column of the cell at <paramref name="address"/> in the JSON document <paramref name="utf8"/>
    /// (its table when the cell is not printed; the statements, figures or performance records for findings about
    /// them; line 1 otherwise).
    /// </summary>
    public static (long Line, long? Column) Locate(byte[]? utf8, Disclosure? disclosure, CellAddress address)
    {
        if (utf8 is null || disclosure is null)
        {
            return (1, null);
        }

        var path = PathOf(disclosure, address);
        if (path is null || JsonPathLocator.Locate(utf8, path, 64) is not { } position)
        {
            return (1, null);
        }

        return (position.Line, Utf16Column(utf8, position.Line, position.Column));
    }

    private static string? PathOf(Disclosure disclosure, CellAddress address)
    {
        for (var t = 0; t < disclosure.Tables.Count; t++)
        {
            var table = disclosure.Tables[t];
            if (table.Id != address.TableId)
            {
                continue;
            }

            var row = table.IndexOf(address.Row);
            var column = table.Definition.FindColumn(address.ColumnId) is { } c ? table.Definition.ColumnIndex(c.Id) : -1;
            return row < 0 ? string.Create(CultureInfo.InvariantCulture, $"$.tables[{t}]")
                : column < 0 ? string.Create(CultureInfo.InvariantCulture, $"$.tables[{t}].rows[{row}]")
                : string.Create(CultureInfo.InvariantCulture, $"$.tables[{t}].rows[{row}].cells[{column}]");
        }

        // Findings outside the tables: the part of the document they are about.
        if (address.TableId == CellAddress.NarrativeTable)
        {
            return "$.statements";
        }

        if (address.TableId == "其他")
        {
            return "$.figures";
        }

        var performance = disclosure switch
        {
            BudgetDisclosure { OverallGoal: { } goal } when goal.TableId == address.TableId => "$.overallGoal",
            BudgetDisclosure budget when budget.ProjectGoals.Any(g => g.TableId == address.TableId) => "$.projectGoals",
            SettlementDisclosure settlement when settlement.SelfEvaluations.Any(e => e.TableId == address.TableId) => "$.selfEvaluations",
            _ => null,
        };
        return performance;
    }

    private static long? Utf16Column(byte[] utf8, long line, long byteColumn)
    {
        var start = 0;
        for (var l = 1L; l < line; l++)
        {
            var next = Array.IndexOf(utf8, (byte)'\n', start);
            if (next < 0)
            {
                return null;
            }

            start = next + 1;
        }

        var length = (int)Math.Min(byteColumn - 1, utf8.Length - start);
        return length < 0 ? null : Encoding.UTF8.GetCharCount(utf8, start, length) + 1;
    }
}
