using System.Collections.Immutable;
using System.Globalization;
using GovBudget.Building;
using GovBudget.Disclosures;
using GovBudget.Import.Tables;
using GovBudget.Tables;

namespace GovBudget.Import;

/// <summary>
/// Builds a <see cref="Disclosure"/> from an <see cref="ImportedDocument"/> through <see cref="DisclosureBuilder"/>:
/// every cell as printed at its table's unit and decimals, rows by their keys; the provenance of each cell is kept beside
/// the disclosure. A table the builder refuses is left out and its problems reported.
/// </summary>
public static class DisclosureImporter
{
    /// <summary>Builds the disclosure of <paramref name="document"/>.</summary>
    /// <param name="document">The imported tables.</param>
    /// <param name="options">Options (default lenient).</param>
    /// <exception cref="GovBudgetFormatException">Strict import and something was not understood; the message says where.</exception>
    public static DisclosureImport Build(ImportedDocument document, DisclosureImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= DisclosureImportOptions.Default;
        var issues = document.Issues.ToBuilder();
        var problems = ImmutableArray.CreateBuilder<BuildProblem>();
        var provenance = ImmutableDictionary.CreateBuilder<CellAddress, CellProvenance>();
        var reportTables = ImmutableArray.CreateBuilder<ImportReportTable>();
        var kind = document.Recognition.Kind ?? DisclosureKind.Budget;
        var year = document.Recognition.Year;

        DisclosureBuilder? builder = null;
        if (year is { } y)
        {
            builder = kind == DisclosureKind.Settlement ? DisclosureBuilder.Settlement(y) : DisclosureBuilder.Budget(y);
            if (document.Recognition.TableSet is { } set && set.Kind == kind)
            {
                builder.TableSet(set);
            }

            AddUnits(builder, document);
        }
        else
        {
            issues.Add(new ImportIssue(ImportIssueKind.NotUnderstood, 1, 1, null, document.Source, "the year was not recognised (set TableImportOptions.Year)", null));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            var definition = table.Spec.Definition;
            var mapped = false;
            if (builder is not null && definition is not null && definition.Disclosure == kind && seen.Add(definition.Id))
            {
                void Configure(TableBuilder t) => Fill(t, table, issues);
                var probe = new TableBuilder(definition, table.Precision);
                Configure(probe);
                if (probe.TryBuild(out _, out var tableProblems))
                {
                    builder.Table(definition, Configure);
                    mapped = true;
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            provenance[new CellAddress(definition.Id, row.Key, cell.ColumnId)] = new CellProvenance(cell.Page, cell.Box, cell.Text);
                        }
                    }
                }
                else
                {
                    problems.AddRange(tableProblems);
                }
            }

            reportTables.Add(new ImportReportTable(table.TableId, table.PrintedTitle, table.Pages, table.CellCount, mapped));
        }

        Disclosure? disclosure = null;
        if (builder is not null)
        {
            if (builder.TryBuild(out var built, out var buildProblems))
            {
                disclosure = built;
            }
            else
            {
                problems.AddRange(buildProblems);
            }
        }

        var report = new ImportReport(reportTables.ToImmutable(), issues.ToImmutable(), problems.ToImmutable());
        if (options.Strict && (report.NotUnderstoodCount > 0 || report.BuildProblems.Length > 0))
        {
            var first = report.Issues.FirstOrDefault(i => i.Kind == ImportIssueKind.NotUnderstood);
            var reason = first is not null
                ? string.Create(CultureInfo.InvariantCulture, $"{report.NotUnderstoodCount} item(s) not understood; first on page {first.Page}: {first.Reason}: {first.Text}")
                : $"{report.BuildProblems.Length} build problem(s); first: {report.BuildProblems[0].Message}";
            throw new GovBudgetFormatException(reason, document.Source, first?.Line, null);
        }

        return new DisclosureImport(disclosure, provenance.ToImmutable(), report);
    }

    private static void Fill(TableBuilder t, ImportedTable table, ImmutableArray<ImportIssue>.Builder issues)
    {
        t.WithPrecision(table.Precision); // each table's own unit and decimals, whatever the disclosure's default
        var keys = new HashSet<RowKey>();
        foreach (var row in table.Rows)
        {
            if (!keys.Add(row.Key))
            {
                if (!issues.Any(i => i.TableId == table.TableId && i.Page == row.Page && i.Line == row.Line && i.Reason.StartsWith("row key", StringComparison.Ordinal)))
                {
                    issues.Add(new ImportIssue(ImportIssueKind.NotUnderstood, row.Page, row.Line, row.Box, row.Label ?? row.Key.ToString(), $"row key {row.Key} printed twice; the later row is left out", table.TableId));
                }

                continue;
            }

            t.Columns([.. row.Cells.Select(c => c.ColumnId)]);
            var cells = row.Cells.Select(c => (string?)c.Text).ToArray();
            if (row.Parent is { } parent)
            {
                t.Row(row.Key, row.Label, parent, cells);
            }
            else
            {
                t.Row(row.Key, row.Label, cells);
            }
        }

        if (table.Notes.Length > 0)
        {
            t.Remark(string.Join(' ', table.Notes));
        }
    }

    private static void AddUnits(DisclosureBuilder builder, ImportedDocument document)
    {
        string? departmentCode = null;
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in document.Tables.SelectMany(t => t.Rows))
        {
            if (row.Key.Kind == RowKeyKind.Unit && row.Key.Text is { } code && row.Label is { } name)
            {
                if (code.Length <= 3)
                {
                    departmentCode ??= code;
                }
                else
                {
                    units.TryAdd(code, name.Trim());
                }
            }
        }

        // The cover's department, else the one the tables' captions name most often (编制部门：…), else the file name.
        var captioned = document.Tables.Select(t => t.Department).OfType<string>().GroupBy(d => d, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        builder.Department(departmentCode, document.Recognition.Department ?? captioned ?? document.Source);
        foreach (var (code, name) in units)
        {
            builder.Unit(code, name);
        }
    }
}
