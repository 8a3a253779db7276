using System.Globalization;
using System.Text;
using GovBudget.Rules.Sets;

namespace GovBudget.Rules;

/// <summary>Writes the rule catalogue (<c>docs/rules.md</c>) from the rule objects themselves, so the two cannot drift.</summary>
public static class RuleCatalogue
{
    /// <summary>The Markdown catalogue of the built-in rule sets.</summary>
    public static string ToMarkdown() => ToMarkdown(BuiltInRuleSets.All);

    /// <summary>The Markdown catalogue of <paramref name="sets"/>.</summary>
    public static string ToMarkdown(IEnumerable<RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var md = new StringBuilder();
        md.Append("# Rule catalogue\n\n");
        md.Append("Generated from the rule objects by `RuleCatalogue.ToMarkdown()`; `GeneratedDocsTests` fails when this page is stale\n");
        md.Append("(regenerate with `GOVBUDGET_UPDATE_DOCS=1 dotnet test`). Classes: 基本平衡 → Error, 逻辑性 → Inconsistency,\n");
        md.Append("核实性 → Warning; a difference explained by rounding (尾差) is reported as Info unless strict mode is on.\n");
        md.Append("The formula syntax is described in [rules.md#formula-syntax](rules.md#formula-syntax) — this page lists the rules.\n");
        foreach (var set in sets)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {set.Name}: {set.DescriptionZh}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"{set.Rules.Length} rules.\n\n");
            md.Append("| id | class | 说明 | description | formula |\n| --- | --- | --- | --- | --- |\n");
            foreach (var rule in set.Rules)
            {
                md.Append(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {rule.Class.NameZh()} | {Escape(rule.DescriptionZh)} | {Escape(rule.DescriptionEn)} | `{Escape(rule.FormulaText)}` |\n");
            }
        }

        md.Append("\n## Document-level decision: rounding decided jointly\n\n");
        md.Append("Not a rule of a set: the joint 尾差 decision (`ValidationOptions.JointRounding`, on by default; see\n");
        md.Append("[rules.md#rounding-decided-jointly](rules.md#rounding-decided-jointly)) gives findings of its own id, and turns 尾差 findings of\n");
        md.Append("the rules above that no exact values can explain into findings at their rule's severity.\n\n");
        md.Append("| id | class | 说明 | description | formula |\n| --- | --- | --- | --- | --- |\n");
        md.Append(CultureInfo.InvariantCulture, $"| `{Rounding.JointRounding.DivergentId}` | 逻辑性 | 同一数值多处印出，应能由同一精确值四舍五入得到 | Printings of one quantity round from one exact value | `a = b（跨表或表与说明）: ⋂ 印数区间 ≠ ∅` |\n");
        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
