using GovBudget.Classification;
using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>
/// Catalog conformance of every subject-keyed row of every table: known code, printed name, nesting under the right
/// parent. Codes are checked against the catalogs of the disclosure's <see cref="Disclosures.Disclosure.CatalogEdition"/>.
/// </summary>
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
                    finding = CheckCode(context, functional, key.FunctionalCode!.Value, row.Label, new CellAddress(table.Id, key, firstColumn), ref lastClass, ref lastSection, key);
                }
                else if (key.Kind == RowKeyKind.Economic)
                {
                    var e = key.EconomicCode!.Value;
                    var economic = context.Options.Catalogs.Economic(e.System, edition);
                    finding = CheckCode(context, economic, e, row.Label, new CellAddress(table.Id, key, firstColumn), ref lastClass, ref lastSection, key);
                }

                if (finding is not null)
                {
                    sink.Add(finding);
                }
            }
        }
    }

    private Finding? CheckCode<TCode>(RuleContext context, SubjectCatalog<TCode> catalog, TCode code, string? label, CellAddress location, ref RowKey? lastClass, ref RowKey? lastSection, RowKey key)
        where TCode : struct, ISubjectCode<TCode>
    {
        switch (Check)
        {
            case CatalogCheck.KnownCode when !catalog.Contains(code):
            {
                var severity = catalog.IsComplete ? context.SeverityFor(this, false) : Severity.Warning;
                return new Finding(Id, severity, location)
                {
                    MessageZh = $"{location.TableId} 科目编码 {code} 不在 {catalog.Edition} 年{(catalog.IsComplete ? string.Empty : "（内置，非完整）")}科目目录中",
                    MessageEn = $"{location.TableId}: code {code} is not in the {catalog.Edition} catalog{(catalog.IsComplete ? string.Empty : " (built-in, partial)")}",
                };
            }

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
                if (printedParent is { } actual && expectedParent is { } expected && actual != expected && actual.Kind == key.Kind)
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
