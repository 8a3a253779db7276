using CsCheck;
using GovBudget.Rules;
using GovBudget.Rules.Formulas;
using GovBudget.Rules.Sets;
using GovBudget.Tables;

namespace GovBudget.Tests.Rules;

public class FormulaTests
{
    [Theory]
    [InlineData("公开01: 27行 = (1+2+3+4+5+6+7+8)行", "公开01: 27行 = (1+…+8)行")]
    [InlineData("公开01: 58行 = (32+33+...+57)行", "公开01: 58行 = (32+…+57)行")]
    [InlineData("公开07: 6栏 = 1栏 + 2栏 − 3栏", "公开07: 6栏 = (1+2-3)栏")]
    [InlineData("公开07: 3栏各行 = (4+5)栏各行", "公开07: 3栏 = (4+5)栏")]
    [InlineData("表5-1[合计,基本支出] = 表6[合计,合计]", "表5-1[合计,基本支出] = 表6[合计,合计]")]
    [InlineData("表4[{类},预算数] >= 表5-1[{类},合计]", "表4[{类},预算数] ≥ 表5-1[{类},合计]")]
    [InlineData("表1: [I:本年支出合计,预算数] = [Σ类,预算数]", "表1: [I:本年支出合计,预算数] = [Σ类,预算数]")]
    [InlineData("公开06: [I:人员经费合计,决算数] = [301,决算数] + [303,决算数]", "公开06: [I:人员经费合计,决算数] = [301,决算数] + [303,决算数]")]
    [InlineData("表5-1: [合计,*] = 表5-2[合计,*]", "表5-1: [合计,*] = 表5-2[合计,*]")]
    [InlineData("公开01[31行,1] = 公开01[62行,2]", "公开01[31行,1] = 公开01[62行,2]")]
    [InlineData("X: 1栏 = 2栏 = 3栏", "X: 1栏 = 2栏 = 3栏")]
    public void Parse_ThenPrint_GivesCanonicalTextThatParsesToTheSameFormula(string text, string canonical)
    {
        var formula = Formula.Parse(text);
        formula.ToString().ShouldBe(canonical);
        Formula.Parse(formula.ToString()).ShouldBe(formula);
    }

    [Fact]
    public void Parse_Range_ExpandsEveryLine()
    {
        var formula = Formula.Parse("公开01: 27行 = (1+2+…+8)行");
        formula.Operands[1].Terms.Select(t => t.Reference.Row.Key.LineNumber).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        formula.Relations.ShouldBe([Relation.Equal]);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("表1: 27行", 8)]                           // the end: a relation is missing
    [InlineData("表1: 27行 = ", 11)]                       // the end: a term is missing
    [InlineData("表1: 27 = 1行", 8)]                       // '=' where 行 or 栏 belongs
    [InlineData("表6[合计 合计] = 表5-1[合计,基本支出]", 4)]   // the row text
    [InlineData("表6[{年},合计] = 表5-1[合计,基本支出]", 5)]    // the unknown variable
    [InlineData("公开01: 27行 = (1+…)行", 17)]               // ')' right after '…' 
    public void Parse_Malformed_ThrowsWithColumn(string text, int column)
    {
        var ex = Should.Throw<GovBudgetFormatException>(() => Formula.Parse(text));
        ex.Column.ShouldBe(column);
        ex.Message.ShouldContain("expected");
    }

    [Fact]
    public void BuiltInRules_EveryFormula_RoundTripsAndNamesExistingColumns()
    {
        // Table ids are scoped to their set: each rule's tables are looked up in its own set.
        foreach (var (set, rule) in GovBudget.TableSets.TableSetRegistry.BuiltIn.All.SelectMany(s => s.Rules.Rules.OfType<FormulaRule>().Select(r => (s, r))))
        {
            Formula.Parse(rule.FormulaText).ShouldBe(rule.Formula, rule.Id);
            foreach (var reference in rule.Formula.References)
            {
                var table = set.Definition(reference.TableId ?? rule.Formula.TableId!);
                if (reference.Column.ColumnId is { } column)
                {
                    table.FindColumn(column).ShouldNotBeNull($"{rule.Id}: {table.Id} has no column {column}");
                }

                if (reference.Row.Kind == RowSelectorKind.Key && reference.Row.Key.Kind is RowKeyKind.Line or RowKeyKind.Item && table.Lines.Count > 0)
                {
                    table.FindLine(reference.Row.Key).ShouldNotBeNull($"{rule.Id}: {table.Id} has no line {reference.Row.Key}");
                }
            }
        }
    }

    [Fact]
    public void Property_GeneratedFormulas_RoundTripThroughText()
    {
        var line = Gen.Int[1, 80].Select(n => new CellReference(null, RowSelector.Of(RowKey.Line(n)), ColumnSelector.Each));
        var column = Gen.Int[1, 12].Select(n => new CellReference(null, RowSelector.EachRow, new ColumnSelector(n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var cell = Gen.Select(Gen.OneOf(Gen.Const("表3"), Gen.Const("表5-1"), Gen.Const("公开04")), Gen.OneOf(Gen.Const(RowKey.Total), Gen.Int[1, 64].Select(RowKey.Line), Gen.Const(RowKey.Item("本年收入合计"))), Gen.OneOf(Gen.Const("合计"), Gen.Const("基本支出"), Gen.Const("3")))
            .Select((t, r, c) => new CellReference(t, RowSelector.Of(r), new ColumnSelector(c)));
        var term = Gen.Select(Gen.Bool, Gen.OneOf(line, column, cell)).Select((neg, r) => new SignedTerm(neg, r));
        var sum = term.Array[1, 6].Select(ts => new SumExpression(ts));
        var formula = Gen.Select(sum.Array[2, 4], Gen.Enum<Relation>()).Select((operands, relation) =>
            new Formula("表X", operands, Enumerable.Repeat(relation, operands.Length - 1).ToArray()));
        formula.Sample(f => Formula.Parse(f.ToString()) == f, iter: 2000);
    }
}
