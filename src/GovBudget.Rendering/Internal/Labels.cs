using GovBudget.Amounts;
using GovBudget.Rules;
using GovBudget.Tables;

namespace GovBudget.Rendering.Internal;

/// <summary>Headings and legend texts in the output language; data stays as printed.</summary>
internal sealed class Labels
{
    private Labels(bool english) => English = english;

    public static Labels Chinese { get; } = new(false);

    public static Labels EnglishLabels { get; } = new(true);

    public bool English { get; }

    public string HtmlLang => English ? "en" : "zh-CN";

    /// <summary>The language code findings take for their messages.</summary>
    public string Language => English ? "en" : "zh";

    public static Labels For(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return Chinese;
        }

        return language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? EnglishLabels
            : throw new ArgumentException($"Unsupported language '{language}': use \"zh\" or \"en\".", nameof(language));
    }

    public string Z(string zh, string en) => English ? en : zh;

    /// <summary>The id and title (<c>表5-1 一般公共预算支出表(分功能科目)</c>); a kind whose id is its title prints it once.</summary>
    public string TableTitle(TableDefinition definition)
    {
        var name = English ? definition.NameEn : definition.NameZh;
        // The id is printed where it is the table's printed number (表3, 公开05); an id of GovBudget's own (L1 of the older
        // Hubei layout) is not: no document prints it.
        var printedNumber = definition.Id.StartsWith('表') || definition.Id.StartsWith("公开", StringComparison.Ordinal);
        return definition.NameZh.StartsWith(definition.Id, StringComparison.Ordinal) || !printedNumber ? name : definition.Id + " " + name;
    }

    public string UnitLine(Precision precision) => Z("单位：", "Unit: ") + UnitName(precision.Unit);

    public string UnitName(AmountUnit unit) => unit switch
    {
        AmountUnit.WanYuan => Z("万元", "10,000 yuan (万元)"),
        AmountUnit.YiYuan => Z("亿元", "100 million yuan (亿元)"),
        _ => Z("元", "yuan (元)"),
    };

    public string DocumentTitle(Disclosures.Disclosure disclosure)
    {
        var year = disclosure.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return disclosure.Kind == DisclosureKind.Budget
            ? Z($"{disclosure.Department.Name} {year} 年部门预算", $"{disclosure.Department.Name}: {year} department budget")
            : Z($"{disclosure.Department.Name} {year} 年度部门决算", $"{disclosure.Department.Name}: {year} department final accounts");
    }

    public string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Error => Z("错误", "Error"),
        Rules.Severity.Inconsistency => Z("不一致", "Inconsistency"),
        Rules.Severity.Warning => Z("提示核实", "Warning"),
        _ => Z("尾差/信息", "Rounding / info"),
    };

    public static string SeverityClass(Severity severity) => severity switch
    {
        Rules.Severity.Error => "f-error",
        Rules.Severity.Inconsistency => "f-inconsistency",
        Rules.Severity.Warning => "f-warning",
        _ => "f-info",
    };
}
