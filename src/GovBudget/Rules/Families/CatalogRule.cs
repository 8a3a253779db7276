using GovBudget.Classification;
using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>
/// Catalog conformance of every subject-keyed row of every table: known code, printed name, nesting under the right
/// parent. Codes are checked against the catalogs of the disclosure's <see cref="Disclosures.Disclosure.CatalogEdition"/>.
/// </summary>
/// <remarks>
/// A code missing from a catalog that is complete for the edition is a finding on every row that prints it. A code
/// missing from a partial catalog is a gap in the catalog, not in the document: <see cref="CatalogCheck.KnownCode"/> and
/// <see cref="CatalogCheck.Name"/> each report it once per document, as <see cref="Severity.Info"/>
/// ("未收录于所用目录，无法核对名称"), at its first row, naming every table that prints it.
/// </remarks>
public sealed class CatalogRule : Rule
{
    /// <summary>Creates a catalog rule.</summary>
    public CatalogRule(string id, CatalogCheck check)
        : base(id, check == CatalogCheck.Nesting ? RuleClass.Logical : check == CatalogCheck.Name ? RuleClass.Verification : RuleClass.Logical, DescribeZh(check), DescribeEn(check))
    {
        Check = check;
    }

    /// <summary>What is checked.</summary>
    public CatalogCheck Check { get; }

    /// <inheritdoc />
    public override string FormulaText => Check switch
    {
        CatalogCheck.KnownCode => "各表科目编码 ∈ 当年科目目录",
        CatalogCheck.Name => "各表科目名称 = 当年科目目录名称（忽略空格、全半角、括号样式）",
        _ => "项印在其所属款之下，款印在其所属类之下",
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context) => CollectFindings(context);

    /// <inheritdoc />
    internal override void EvaluateCoreInto(RuleContext context, List<Finding> sink)
    {
        var disclosure = context.Disclosure;
        var edition = disclosure.CatalogEdition;
        var functional = context.Options.Catalogs.Functional(edition);
        Dictionary<RowKey, Gap>? gaps = null;
        foreach (var table in disclosure.Tables)
        {
            RowKey? lastClass = null;
            RowKey? lastSection = null;
            var firstColumn = table.Definition.Columns[0].Id;
            foreach (var row in table.Rows)
            {
                var key = row.Key;
                Finding? finding = null;
                if (key.Kind == RowKeyKind.Functional)
                {
                    var f = key.FunctionalCode!.Value;
                    var location = new CellAddress(table.Id, key, firstColumn);
                    if (IsGap(functional, f))
                    {
                        NoteGap(ref gaps, key, row.Label, location, functional.Edition);
                    }
                    else
                    {
                        finding = CheckCode(context, table, functional, f, row.Label, location, ref lastClass, ref lastSection, key);
                    }
                }
                else if (key.Kind == RowKeyKind.Economic)
                {
                    var e = key.EconomicCode!.Value;
                    var economic = context.Options.Catalogs.Economic(e.System, edition);
                    var location = new CellAddress(table.Id, key, firstColumn);
                    if (IsGap(economic, e))
                    {
                        NoteGap(ref gaps, key, row.Label, location, economic.Edition);
                    }
                    else
                    {
                        finding = CheckCode(context, table, economic, e, row.Label, location, ref lastClass, ref lastSection, key);
                    }
                }

                if (finding is not null)
                {
                    sink.Add(finding);
                }
            }
        }

        if (gaps is not null)
        {
            foreach (var gap in gaps.Values)
            {
                sink.Add(GapFinding(gap));
            }
        }
    }

    /// <summary>
    /// <see langword="true"/> when the code is missing from a partial catalog and this check reports such gaps (known
    /// code and name; nesting does not need the catalog).
    /// </summary>
    private bool IsGap<TCode>(SubjectCatalog<TCode> catalog, TCode code)
        where TCode : struct, ISubjectCode<TCode>
        => Check != CatalogCheck.Nesting && !catalog.IsComplete && !catalog.Contains(code);

    /// <summary>Records a gap; the finding is made once per code when every table has been read.</summary>
    private static void NoteGap(ref Dictionary<RowKey, Gap>? gaps, RowKey key, string? label, CellAddress location, int edition)
    {
        gaps ??= [];
        if (gaps.TryGetValue(key, out var gap))
        {
            if (!gap.Tables.Contains(location.TableId))
            {
                gap.Tables.Add(location.TableId);
            }

            if (gap.Label is null && !string.IsNullOrWhiteSpace(label))
            {
                gaps[key] = gap with { Label = label };
            }
        }
        else
        {
            gaps.Add(key, new Gap(location, string.IsNullOrWhiteSpace(label) ? null : label, edition, [location.TableId]));
        }
    }

    private Finding GapFinding(Gap gap)
    {
        var code = Code(gap.First.Row);
        var printedZh = Check == CatalogCheck.Name && gap.Label is { } zhLabel ? $"“{zhLabel}”" : string.Empty;
        var printedEn = Check == CatalogCheck.Name && gap.Label is { } enLabel ? $" '{enLabel}'" : string.Empty;
        return new Finding(Id, Severity.Info, gap.First)
        {
            MessageZh = $"科目编码 {code}{printedZh}（见 {string.Join("、", gap.Tables)}）未收录于所用目录（{gap.Edition} 年，非完整目录），无法核对名称",
            MessageEn = $"Code {code}{printedEn} (in {string.Join(", ", gap.Tables)}) is not in the catalog used ({gap.Edition}, partial): its name cannot be checked",
        };
    }

    private Finding? CheckCode<TCode>(RuleContext context, Table table, SubjectCatalog<TCode> catalog, TCode code, string? label, CellAddress location, ref RowKey? lastClass, ref RowKey? lastSection, RowKey key)
        where TCode : struct, ISubjectCode<TCode>
    {
        switch (Check)
        {
            case CatalogCheck.KnownCode when !catalog.Contains(code):
                return new Finding(Id, context.SeverityFor(this, false), location)
                {
                    MessageZh = $"{location.TableId} 科目编码 {code} 不在 {catalog.Edition} 年科目目录中",
                    MessageEn = $"{location.TableId}: code {code} is not in the {catalog.Edition} catalog",
                };

            case CatalogCheck.Name when label is not null && catalog.NameOf(code) is { } name && !SubjectNames.Equivalent(name, label):
                return new Finding(Id, context.SeverityFor(this, false), location)
                {
                    MessageZh = $"{location.TableId} 科目 {code} 印为“{label}”，{catalog.Edition} 年科目目录名称为“{name}”",
                    MessageEn = $"{location.TableId}: subject {code} is printed as '{label}'; the {catalog.Edition} catalog names it '{name}'",
                };

            case CatalogCheck.Nesting:
            {
                var level = code.Level;
                Finding? finding = null;
                var expectedParent = code.Parent is { } p ? (RowKey?)KeyOf(p) : null;
                var printedParent = level switch
                {
                    SubjectLevel.Item => lastSection,
                    SubjectLevel.Section => lastClass,
                    _ => null,
                };
                // A parent the table does not print at all is an orphan (DOC.ROW.ORPHAN), not a row printed under the wrong parent.
                if (printedParent is { } actual && expectedParent is { } expected && actual != expected && actual.Kind == key.Kind && !table.IsOrphan(key))
                {
                    finding = new Finding(Id, context.SeverityFor(this, false), location)
                    {
                        MessageZh = $"{location.TableId} 科目 {code} 印在 {Code(actual)} 之下，应属于 {Code(expected)}",
                        MessageEn = $"{location.TableId}: subject {code} is printed under {Code(actual)} but belongs to {Code(expected)}",
                    };
                }

                if (level == SubjectLevel.Class)
                {
                    lastClass = key;
                    lastSection = null;
                }
                else if (level == SubjectLevel.Section)
                {
                    lastSection = key;
                }

                return finding;
            }

            default:
                return null;
        }
    }

    private sealed record Gap(CellAddress First, string? Label, int Edition, List<string> Tables);

    private static RowKey KeyOf<TCode>(TCode code)
        where TCode : struct, ISubjectCode<TCode>
        => code switch
        {
            FunctionalCode f => RowKey.Functional(f),
            EconomicCode e => RowKey.Economic(e),
            _ => throw new InvalidOperationException("Unknown code type."),
        };

    private static string Code(RowKey key) => key.FunctionalCode?.ToString() ?? key.EconomicCode?.ToString() ?? key.ToString();

    private static string DescribeZh(CatalogCheck check) => check switch
    {
        CatalogCheck.KnownCode => "科目编码应在当年科目目录中",
        CatalogCheck.Name => "科目名称应与当年科目目录一致",
        _ => "科目应印在其所属上级科目之下",
    };

    private static string DescribeEn(CatalogCheck check) => check switch
    {
        CatalogCheck.KnownCode => "Codes exist in the edition's catalog",
        CatalogCheck.Name => "Printed subject names match the edition's catalog",
        _ => "Subjects are printed under their own parent",
    };
}
