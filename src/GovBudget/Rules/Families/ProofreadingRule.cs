using GovBudget.Narrative;
using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>
/// One mark of the proofreading pass (<see cref="NarrativeProofreader"/>) as a rule: it reads the explanatory text
/// given in <see cref="ValidationOptions.Narrative"/> and reports each mark of its id, located at the text (page, line,
/// column in <see cref="Finding.Span"/> and in the message). Without a text it finds nothing.
/// </summary>
public sealed class ProofreadingRule : Rule
{
    /// <summary>Creates the rule of one proofreading id (<see cref="NarrativeProofreader.Ids"/>).</summary>
    /// <exception cref="ArgumentException">The id is not one of the proofreader's.</exception>
    public ProofreadingRule(string id)
        : base(id, RuleClass.Verification, DescribeZh(id), DescribeEn(id))
    {
    }

    /// <inheritdoc />
    public override string FormulaText => "说明文字校对（不读表格）";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    internal override bool LacksText(GovBudget.Disclosures.Disclosure disclosure, ValidationOptions options) => options.Narrative is null;

    /// <summary>The pseudo-cell a mark is reported at: table <c>说明</c>, the position as an item, the characters marked as column.</summary>
    public static CellAddress LocationOf(ProofreadingIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new CellAddress(CellAddress.NarrativeTable, RowKey.Item(issue.Span.ToString()), "校对");
    }

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        if (context.Options.Narrative is not { } text)
        {
            yield break;
        }

        foreach (var issue in context.Scratch.Proofreading(text, context.Disclosure))
        {
            if (issue.RuleId != Id)
            {
                continue;
            }

            yield return new Finding(Id, issue.IsNote ? Severity.Info : context.SeverityFor(this, withinRounding: false), LocationOf(issue))
            {
                MessageZh = $"{DescriptionZh}：“{issue.Printed}”{issue.ReasonZh}（说明{issue.Span.ToStringZh()}：“{issue.Line}”）",
                MessageEn = $"{DescriptionEn}: \"{issue.Printed}\"{issue.ReasonEn} (text {issue.Span}: \"{issue.Line}\")",
                Span = issue.Span,
            };
        }
    }

    private static string DescribeZh(string id) => id switch
    {
        NarrativeProofreader.LeftoverId => "说明中不应留有模板残留（增加（减少）、主要原因是后无内容）",
        NarrativeProofreader.PlaceholderId => "说明中不应留有占位符（如××、待填写）",
        NarrativeProofreader.PunctuationId => "说明中不应有重复的标点",
        NarrativeProofreader.BracketsId => "说明中一段内的括号和引号应成对",
        NarrativeProofreader.ScopeId => "说明的措辞应与文件主体一致（部门或单位）",
        NarrativeProofreader.YearId => "说明中的年度应与文件年度相符",
        NarrativeProofreader.FormerNameId => "说明中的科目名称应为文件年度科目目录中的名称",
        _ => throw new ArgumentException($"'{id}' is not a proofreading id.", nameof(id)),
    };

    private static string DescribeEn(string id) => id switch
    {
        NarrativeProofreader.LeftoverId => "No template leftovers in the text (增加（减少）, 主要原因是 with no reason)",
        NarrativeProofreader.PlaceholderId => "No placeholders left in the text (XX, ××, 待填写)",
        NarrativeProofreader.PunctuationId => "No doubled punctuation in the text",
        NarrativeProofreader.BracketsId => "Brackets and quotes are balanced within a paragraph",
        NarrativeProofreader.ScopeId => "The text's wording fits whose document it is (department or unit)",
        NarrativeProofreader.YearId => "Years in the text fit the document's year",
        NarrativeProofreader.FormerNameId => "科目 names in the text are those of the document year's catalog",
        _ => throw new ArgumentException($"'{id}' is not a proofreading id.", nameof(id)),
    };
}
