using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Rules.Formulas;
using GovBudget.Tables;

namespace GovBudget.TableSets;

/// <summary>
/// The numbered 类 lines of a summary table that prints 行次 (national 公开01, 公开04): one line per 类 of the catalog
/// edition, from <see cref="FirstLine"/> on, so that the lines after the block move when an edition adds or drops a
/// 类. The file writes every line number, formula and role in the numbering of <see cref="NumberedFor"/>; a set read
/// for another edition (<see cref="TableSet.ForEdition"/>) shifts them by <see cref="Delta"/>.
/// </summary>
/// <param name="TableId">The table.</param>
/// <param name="Side">The side the 类 lines are printed on (<c>支出</c>).</param>
/// <param name="FirstLine">The number of the first 类 line.</param>
/// <param name="NumberedFor">The catalog edition whose 类 list the file's numbers are written for.</param>
/// <param name="BaseClasses">The 类 of <see cref="NumberedFor"/>, in printed (code) order.</param>
/// <param name="Classes">The 类 of the edition this read is for.</param>
/// <param name="Exclude">类 codes of the catalog the table never prints (社会保险基金支出, 预备费, 转移性支出 …).</param>
internal sealed record ClassLineBlock(
    string TableId,
    string Side,
    int FirstLine,
    int NumberedFor,
    EquatableArray<FunctionalCode> BaseClasses,
    EquatableArray<FunctionalCode> Classes,
    EquatableArray<int> Exclude)
{
    /// <summary>How far the lines after the block move: the edition's 类 count minus the file's.</summary>
    public int Delta => Classes.Count - BaseClasses.Count;

    /// <summary>The first line number after the block, in the file's numbering.</summary>
    public int BaseEnd => FirstLine + BaseClasses.Count;

    /// <summary>Whether <paramref name="number"/> (file numbering) is one of the block's 类 lines.</summary>
    public bool InBaseBlock(int number) => number >= FirstLine && number < BaseEnd;

    /// <summary>A line number outside the block, from the file's numbering to this edition's.</summary>
    public int Map(int number) => number >= BaseEnd ? number + Delta : number;

    /// <summary>The 类 lines of this edition, with the catalog's names.</summary>
    public IEnumerable<LineDefinition> Lines(SubjectCatalog<FunctionalCode> catalog)
        => Classes.Select((code, i) => new LineDefinition(RowKey.Line(FirstLine + i), catalog.NameOf(code) ?? code.ToString(), code, Side));

    /// <summary>The 类 of the catalog edition that such a block lists: every root of the functional catalog but the excluded ones.</summary>
    public static ImmutableArray<FunctionalCode> ClassesOf(CatalogSet catalogs, int edition, IEnumerable<int> exclude)
    {
        var excluded = exclude.ToHashSet();
        return [.. catalogs.Functional(edition).Roots.Where(c => !excluded.Contains(c.Value))];
    }

    /// <summary>
    /// The formula with its line references to this table moved to this edition's numbering: lines after the block
    /// shift, and the whole block (every 类 line once, same sign and column, as <c>(32+…+57)行</c>) becomes this
    /// edition's block. A single 类 line named by its number is <see langword="null"/> with <paramref name="problem"/>
    /// set: it would name another 类 in another edition.
    /// </summary>
    public Formula? Remap(Formula formula, out string? problem)
    {
        problem = null;
        var operands = new List<SumExpression>(formula.Operands.Count);
        foreach (var operand in formula.Operands)
        {
            var terms = new List<SignedTerm>(operand.Terms.Count);
            var blockTerms = operand.Terms.Where(t => IsBlockLine(formula, t.Reference)).ToList();
            var wholeBlock = blockTerms.Count == BaseClasses.Count
                && blockTerms.Select(t => t.Reference.Row.Key.LineNumber!.Value).Distinct().Count() == BaseClasses.Count
                && blockTerms.All(t => t.Negative == blockTerms[0].Negative && t.Reference.Column == blockTerms[0].Reference.Column && t.Reference.TableId == blockTerms[0].Reference.TableId);
            if (blockTerms.Count > 0 && !wholeBlock)
            {
                var line = blockTerms[0].Reference.Row.Key.LineNumber!.Value;
                problem = $"names 类 line {line} of table {TableId} by its number; the 类 lines {FirstLine}–{BaseEnd - 1} follow the catalog edition, so name a 类 by its code ([{BaseClasses[line - FirstLine]},…]) or the whole block ({FirstLine}+…+{BaseEnd - 1})";
                return null;
            }

            var blockDone = false;
            foreach (var term in operand.Terms)
            {
                if (IsBlockLine(formula, term.Reference))
                {
                    if (!blockDone)
                    {
                        blockDone = true;
                        for (var i = 0; i < Classes.Count; i++)
                        {
                            terms.Add(term with { Reference = term.Reference with { Row = RowSelector.Of(RowKey.Line(FirstLine + i)) } });
                        }
                    }

                    continue;
                }

                terms.Add(IsTableLine(formula, term.Reference, out var number)
                    ? term with { Reference = term.Reference with { Row = RowSelector.Of(RowKey.Line(Map(number))) } }
                    : term);
            }

            operands.Add(new SumExpression(terms.ToEquatableArray()));
        }

        return formula with { Operands = operands.ToEquatableArray() };
    }

    /// <summary>
    /// Prose (a rule's message, a printed note) with the line numbers of this table moved: every whole number from
    /// <see cref="FirstLine"/> up that is not part of a longer token (公开01, 2023) — the block's last line becomes this
    /// edition's last 类 line, lines after the block shift, other 类 line numbers stay.
    /// </summary>
    public string RemapText(string text)
    {
        if (Delta == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                result.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            var token = text[start..i];
            var attached = (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '开' or '表' or '.' or '-'))
                || (i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] is '.' or '年'));
            if (attached || token.Length > 3 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < FirstLine)
            {
                result.Append(token);
                continue;
            }

            result.Append((n == BaseEnd - 1 ? FirstLine + Classes.Count - 1 : Map(n)).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    private bool IsTableLine(Formula formula, CellReference reference, out int number)
    {
        number = 0;
        if ((reference.TableId ?? formula.TableId) != TableId || reference.Row.Kind != RowSelectorKind.Key || reference.Row.Key.LineNumber is not { } line)
        {
            return false;
        }

        number = line;
        return true;
    }

    private bool IsBlockLine(Formula formula, CellReference reference) => IsTableLine(formula, reference, out var number) && InBaseBlock(number);
}
