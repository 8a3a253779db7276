using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Classification;
using GovBudget.Disclosures;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Narrative;

/// <summary>
/// Finds the table cell a statement's subject names: by 功能 path (X（类）Y（款）Z（项）), by code, by a 类 or 经济分类
/// name through the catalog edition, or by a total's name through the table set's roles. The section the sentence
/// stands in decides which table (部门 tables for all funds, 一般公共预算 tables, 基本支出, 财政拨款, 三公).
/// </summary>
internal sealed partial class SourceResolver
{
    private readonly Disclosure _disclosure;
    private readonly SubjectCatalog<FunctionalCode> _functional;
    private readonly SubjectCatalog<EconomicCode> _economic;

    public SourceResolver(Disclosure disclosure)
    {
        _disclosure = disclosure;
        _functional = CatalogSet.BuiltIn.Functional(disclosure.CatalogEdition);
        _economic = CatalogSet.BuiltIn.Economic(EconomicSystem.Department, disclosure.CatalogEdition);
    }

    public static SourceScope ScopeOf(IReadOnlyList<string> headings)
    {
        // 三公 and 一般公共预算 anywhere above the sentence decide; otherwise the innermost heading that names a scope.
        if (headings.Any(h => h.Contains("三公", StringComparison.Ordinal)))
        {
            return SourceScope.ThreePublic;
        }

        var general = headings.Select((h, i) => (h, i)).FirstOrDefault(x => x.h.Contains("一般公共预算", StringComparison.Ordinal));
        if (general.h is not null)
        {
            return headings.Skip(general.i).Any(h => h.Contains("基本支出", StringComparison.Ordinal)) ? SourceScope.Basic : SourceScope.General;
        }

        for (var i = headings.Count - 1; i >= 0; i--)
        {
            var h = headings[i];
            if (h.Contains("财政拨款", StringComparison.Ordinal))
            {
                return SourceScope.Appropriation;
            }

            if (h.Contains("收入", StringComparison.Ordinal) || h.Contains("支出", StringComparison.Ordinal) || h.Contains("收支", StringComparison.Ordinal))
            {
                return SourceScope.All;
            }
        }

        return SourceScope.None;
    }

    /// <summary>The cell <paramref name="subject"/> names, or <see langword="null"/> when it names none for certain.</summary>
    /// <param name="subject">The subject as cleaned by the reader.</param>
    /// <param name="scope">The section's scope.</param>
    /// <param name="hint">The classification the text says its list is in.</param>
    /// <param name="totals">Whether names of totals (基本支出, 收入合计 …) may resolve (not for execution statements of projects).</param>
    public CellAddress? Resolve(string subject, SourceScope scope, SubjectHint hint, bool totals)
        => Accept(ResolveCore(subject, scope, hint, totals));

    /// <summary>
    /// A cell is a source only when its table is printed, its column is printed and its row is printed — or, for a
    /// 类 missing from a table that lists 类, blank (the 类 has nothing: a figure the text gives it is a slip).
    /// </summary>
    private CellAddress? Accept(CellAddress? cell)
    {
        if (cell is not { } c || _disclosure.FindTable(c.TableId) is not { } table || table.Definition.FindColumn(c.ColumnId) is null || !table.IsPrinted(c.ColumnId))
        {
            return null;
        }

        if (table.Contains(c.Row) && table.GetValue(c.Row, c.ColumnId) is not null)
        {
            return c;
        }

        // A blank or missing cell is a source only for a 类 of a table that lists 类 (表1, 表3, 表4 …).
        var classLevel = c.Row.FunctionalCode is { Level: SubjectLevel.Class } || c.Row.EconomicCode is { Level: SubjectLevel.Class };
        var listsClasses = table.Rows.Count(r => r.Key.Kind == c.Row.Kind && (r.Key.FunctionalCode is { Level: SubjectLevel.Class } || r.Key.EconomicCode is { Level: SubjectLevel.Class })) >= 2;
        return classLevel && listsClasses && !table.IsIncomplete ? c : null;
    }

    private CellAddress? ResolveCore(string subject, SourceScope scope, SubjectHint hint, bool totals)
    {
        var name = SubjectNames.Normalize(subject);
        if (name.Length == 0)
        {
            return null;
        }

        if (PathPattern().Match(name) is { Success: true } path)
        {
            return ResolvePath(path, scope);
        }

        if (CodePattern().Match(name) is { Success: true } coded)
        {
            var digits = coded.Groups["code"].Value;
            var label = coded.Groups["name"].Value;
            if (digits[0] == '2' && FunctionalCode.TryParse(digits, out var f) && (label.Length == 0 || _functional.NameMatches(f, label) || _functional.NameOf(f) is null))
            {
                return FunctionalCell(f, scope);
            }

            if (digits[0] == '3' && EconomicCode.TryParse(digits, null, out var e) && (label.Length == 0 || _economic.NameMatches(e, label) || _economic.NameOf(e) is null))
            {
                return EconomicCell(e, scope);
            }

            return null;
        }

        if (ThreePublic(name) is { } threePublic)
        {
            return threePublic;
        }

        if (totals && Total(name, scope) is { } total)
        {
            return total;
        }

        if (!totals && (name is "一般公共预算财政拨款支出"))
        {
            return Role(TableRoles.GeneralBudgetByFunction) is { } t ? FirstAmount(t, RowKey.Total) : null;
        }

        if (!totals)
        {
            return null;
        }

        // A 类 name (社会保障和就业支出) or an economic subject (工资福利支出, 基本工资), as the text's list says.
        var functional = hint != SubjectHint.Economic ? _functional.Roots.Where(c => _functional.NameMatches(c, name)).ToArray() : [];
        var economic = hint != SubjectHint.Functional ? _economic.Entries.Where(e => SubjectNames.Equivalent(e.Name, name)).Select(e => e.Code).ToArray() : [];
        if (functional.Length == 1 && economic.Length == 0)
        {
            return FunctionalCell(functional[0], scope);
        }

        if (economic.Length == 1 && functional.Length == 0)
        {
            return EconomicCell(economic[0], scope);
        }

        return null;
    }

    /// <summary>The value of a base named after 占 (本年收入, 本年支出合计, 政府采购支出总额 …), or <see langword="null"/>.</summary>
    public ReportedValue? NamedBase(string printed)
    {
        var name = SubjectNames.Normalize(printed).TrimEnd('的');
        switch (name)
        {
            case "本年收入" or "本年收入合计":
                return LabelledValue(TableRoles.IncomeExpenditure, "本年收入合计");
            case "本年支出" or "本年支出合计":
                return LabelledValue(TableRoles.IncomeExpenditure, "本年支出合计");
            case "政府采购支出总额" or "政府采购预算总额":
                return _disclosure.Figures.Procurement?.Total;
            case "一般公共预算项目支出总额":
                return _disclosure.TableSet.CellFor(TableRoles.ProjectTotal) is { } cell ? _disclosure.GetValue(cell) : null;
            default:
                return null;
        }
    }

    private ReportedValue? LabelledValue(string tableRole, string label)
        => Role(tableRole) is { } table && Labelled(table, label) is { } cell ? _disclosure.GetValue(cell) : null;

    private CellAddress? Total(string name, SourceScope scope)
    {
        var general = scope is SourceScope.General or SourceScope.Basic;

        // Normalize folds 、 to a comma; the names below are written as printed (收、支总计).
        switch (name.Replace(',', '、'))
        {
            case "部门收支总预算" or "收支总预算" or "收、支总计" or "收支总计":
                return _disclosure.TableSet.CellFor(TableRoles.IncomeTotal);
            case "财政拨款收、支总计" or "财政拨款收支总计" or "财政拨款收支总预算":
                return _disclosure.TableSet.CellFor(TableRoles.AppropriationIncomeTotal);
            case "部门预算收入" or "预算总收入" or "部门(单位)预算总收入" or "全年预算安排收入" or "收入合计":
                // Tables without a 本年收入合计 line (the Shanghai 表1 prints only 收入总计, with no 上年结转) total at 收入总计.
                return Role(TableRoles.IncomeExpenditure) is { } income ? Labelled(income, "本年收入合计") ?? Labelled(income, "收入总计") : null;
            case "部门预算支出" or "预算总支出" or "部门(单位)预算总支出" or "支出合计":
                return Role(TableRoles.IncomeExpenditure) is { } expenditure ? Labelled(expenditure, "本年支出合计") ?? Labelled(expenditure, "支出总计") : null;
            case "一般公共预算基本支出":
                return _disclosure.TableSet.CellFor(TableRoles.BasicTotal);
            case "基本支出":
                return general ? _disclosure.TableSet.CellFor(TableRoles.BasicTotal) : AllFunds("基本支出", scope);
            case "项目支出":
                return general ? _disclosure.TableSet.CellFor(TableRoles.ProjectTotal) : AllFunds("项目支出", scope);
            case "人员经费" when general:
                return _disclosure.TableSet.CellFor(TableRoles.PersonnelTotal);
            case "公用经费" when general:
                return _disclosure.TableSet.CellFor(TableRoles.PublicTotal);
            case "机关运行经费":
                return _disclosure.TableSet.CellFor(TableRoles.OperatingExpensesSource);
            case "一般公共预算拨款" or "一般公共预算财政拨款支出" or "一般公共预算财政拨款支出预算":
            case "当年预算" or "本年预算" when general:
                return Role(TableRoles.GeneralBudgetByFunction) is { } t ? FirstAmount(t, RowKey.Total) : null;
            default:
                return null;
        }
    }

    private CellAddress? AllFunds(string column, SourceScope scope)
        => scope == SourceScope.All && Role(TableRoles.ExpenditureByFunction) is { } t && t.Definition.FindColumn(column) is not null
            ? new CellAddress(t.Id, RowKey.Total, column)
            : null;

    private CellAddress? ThreePublic(string name)
    {
        var n = name.Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        string? column = n switch
        {
            "三公经费" or "一般公共预算三公经费" or "一般公共预算财政拨款安排三公经费" or "三公经费财政拨款支出" or "一般公共预算三公经费支出" => "合计",
            "因公出国境费" or "因公出国境经费" => "因公出国",
            "公务用车购置及运行维护费" or "公务用车购置及运行费" => "公务用车购置及运行",
            "公务用车购置费" => "购置费",
            "公务用车运行维护费" or "公务用车运行费" => "运行",
            "公务接待费" => "公务接待费",
            _ => null,
        };
        if (column is null || Role(TableRoles.ThreePublic) is not { } table)
        {
            return null;
        }

        // Settlement tables print 预算数 and 决算数 blocks: the text's figure is the 决算数.
        var columns = table.Definition.Columns.Where(c => c.Kind == ColumnKind.Amount).ToList();
        if (columns.Any(c => c.Id.StartsWith("决算数", StringComparison.Ordinal)))
        {
            columns = columns.Where(c => c.Id.StartsWith("决算数", StringComparison.Ordinal)).ToList();
        }

        var match = column == "合计"
            ? columns.FirstOrDefault()
            : columns.FirstOrDefault(c => SubjectNames.Normalize(c.Id).Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal).Contains(column, StringComparison.Ordinal)
                && !(column == "购置费" && c.Id.Contains("运行", StringComparison.Ordinal))
                && !(column == "运行" && c.Id.Contains("购置及", StringComparison.Ordinal)));
        return match is null || !table.Contains(RowKey.Total) ? null : new CellAddress(table.Id, RowKey.Total, match.Id);
    }

    private CellAddress? ResolvePath(Match path, SourceScope scope)
    {
        FunctionalCode? current = null;
        foreach (Capture capture in path.Groups["part"].Captures)
        {
            var part = capture.Value;
            var open = part.LastIndexOf('(');
            var label = part[..open];
            var candidates = current is { } parent ? _functional.ChildrenOf(parent) : _functional.Roots;
            var found = candidates.Where(c => _functional.NameMatches(c, label)).ToArray();
            if (found.Length != 1)
            {
                return null;
            }

            current = found[0];
        }

        return current is { } code ? FunctionalCell(code, scope) : null;
    }

    private CellAddress? FunctionalCell(FunctionalCode code, SourceScope scope)
    {
        var role = scope switch
        {
            SourceScope.All => TableRoles.ExpenditureByFunction,
            SourceScope.General or SourceScope.Basic => TableRoles.GeneralBudgetByFunction,
            SourceScope.Appropriation => TableRoles.Appropriation,
            _ => null,
        };
        if (role is null || Role(role) is not { } table || !table.Definition.RowKinds.Contains(RowKeyKind.Functional) || table.IsIncomplete)
        {
            return null;
        }

        return FirstAmount(table, RowKey.Functional(code));
    }

    private CellAddress? EconomicCell(EconomicCode code, SourceScope scope)
    {
        var role = scope switch
        {
            SourceScope.Basic => TableRoles.BasicByEconomic,
            SourceScope.All => TableRoles.IncomeExpenditure,
            _ => null,
        };
        if (role is null || Role(role) is not { } table || !table.Rows.Any(r => r.Key.Kind == RowKeyKind.Economic))
        {
            return null;
        }

        return FirstAmount(table, RowKey.Economic(code));
    }

    private Table? Role(string role) => _disclosure.FindTableByRole(role);

    /// <summary>The first amount column of a row, preferring one with a printed value.</summary>
    private static CellAddress? FirstAmount(Table table, RowKey row)
    {
        var columns = table.Definition.Columns.Where(c => c.Kind == ColumnKind.Amount).ToList();
        if (columns.Count == 0)
        {
            return null;
        }

        var printed = columns.FirstOrDefault(c => table.GetValue(row, c.Id) is not null);
        return new CellAddress(table.Id, row, (printed ?? columns[0]).Id);
    }

    /// <summary>The cell of the row labelled <paramref name="label"/> (by row label or line definition).</summary>
    private static CellAddress? Labelled(Table table, string label)
    {
        foreach (var row in table.Rows)
        {
            var text = row.Label ?? row.Key.Text ?? table.Definition.FindLine(row.Key)?.Label;
            if (text is not null && SubjectNames.Equivalent(SubjectNames.WithoutOrdinal(text), label))
            {
                return FirstAmount(table, row.Key);
            }
        }

        return null;
    }

    /// <summary>X(类)Y(款)Z(项), normalized (ASCII parentheses), possibly followed by 支出.</summary>
    [GeneratedRegex(@"^(?:(?<part>[^()]+?\((?:类|款|项)\)))+(?:支出)?$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^(?<code>[23]\d{2}(?:\d{2}){0,2})(?<name>\D.*)?$")]
    private static partial Regex CodePattern();
}
