using System.Globalization;
using GovBudget.Classification;
using GovBudget.Collections;
using GovBudget.Tables;

namespace GovBudget.Rules.Formulas;

/// <summary>Recursive-descent parser of the formula text form (see <c>docs/rules.md</c>).</summary>
internal sealed class FormulaParser
{
    private const string NameStops = " \t[](),=≥≤<>+:：{}";
    private readonly string _text;
    private int _pos;

    private FormulaParser(string text) => _text = text;

    public static Formula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FormulaParser(text).ParseFormula();
    }

    /// <summary>Parses one cell reference with a table, a fixed row and a column (<c>表6[合计,公用经费]</c>).</summary>
    /// <exception cref="GovBudgetFormatException">The text is not such a reference.</exception>
    public static CellReference ParseReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new FormulaParser(text);
        var terms = new List<SignedTerm>();
        parser.ParseTerm(false, terms);
        parser.SkipSpace();
        if (parser._pos < text.Length || terms.Count != 1 || terms[0].Reference is not { TableId: not null, Row.Kind: RowSelectorKind.Key, Column.IsEach: false })
        {
            throw parser.Error("one cell reference with a table, a row key and a column, such as 表6[合计,公用经费]");
        }

        return terms[0].Reference;
    }

    private Formula ParseFormula()
    {
        string? table = null;
        var colon = _text.IndexOfAny([':', '：']);
        var bracket = _text.IndexOfAny(['[', '=', '≥', '≤', '<', '>']);
        if (colon > 0 && (bracket < 0 || colon < bracket))
        {
            table = _text[..colon].Trim();
            if (table.Length == 0)
            {
                throw Error("a table id before ':'");
            }

            _pos = colon + 1;
        }

        var operands = new List<SumExpression> { ParseExpression() };
        var relations = new List<Relation>();
        SkipSpace();
        while (_pos < _text.Length)
        {
            relations.Add(ParseRelation());
            operands.Add(ParseExpression());
            SkipSpace();
        }

        if (relations.Count == 0)
        {
            throw Error("a relation (=, ≥ or ≤)");
        }

        return new Formula(table, operands.ToEquatableArray(), relations.ToEquatableArray());
    }

    private Relation ParseRelation()
    {
        SkipSpace();
        if (Accept(">=") || Accept("≥") || Accept("≧"))
        {
            return Relation.GreaterOrEqual;
        }

        if (Accept("<=") || Accept("≤") || Accept("≦"))
        {
            return Relation.LessOrEqual;
        }

        if (Accept("="))
        {
            return Relation.Equal;
        }

        throw Error("a relation (=, ≥ or ≤)");
    }

    private SumExpression ParseExpression()
    {
        var terms = new List<SignedTerm>();
        SkipSpace();
        var negative = Accept("-") || Accept("−");
        ParseTerm(negative, terms);
        while (true)
        {
            SkipSpace();
            if (Accept("+"))
            {
                ParseTerm(false, terms);
            }
            else if (Accept("-") || Accept("−"))
            {
                ParseTerm(true, terms);
            }
            else
            {
                return new SumExpression(terms.ToEquatableArray());
            }
        }
    }

    private void ParseTerm(bool negative, List<SignedTerm> terms)
    {
        SkipSpace();
        if (_pos >= _text.Length)
        {
            throw Error("a term");
        }

        var c = _text[_pos];
        if (char.IsAsciiDigit(c))
        {
            var number = ParseNumber();
            SkipSpace();
            terms.Add(new SignedTerm(negative, LineOrColumn(number, ParseSuffix())));
            return;
        }

        if (c == '(')
        {
            var start = _pos;
            _pos++;
            SkipSpace();
            if (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]) && TryParseNumberGroup(out var group))
            {
                var suffix = ParseSuffix();
                foreach (var (n, neg) in group)
                {
                    terms.Add(new SignedTerm(negative ^ neg, LineOrColumn(n, suffix)));
                }

                return;
            }

            _pos = start + 1;
            var inner = ParseExpression();
            SkipSpace();
            Expect(")");
            foreach (var term in inner.Terms)
            {
                terms.Add(term with { Negative = negative ^ term.Negative });
            }

            return;
        }

        string? table = null;
        if (c != '[')
        {
            table = ParseName();
            SkipSpace();
        }

        Expect("[");
        var row = ParseRow();
        Expect(",");
        var column = ParseUntil(']').Trim();
        if (column.Length == 0)
        {
            throw Error("a column id");
        }

        Expect("]");
        terms.Add(new SignedTerm(negative, new CellReference(table, row, column == "*" ? ColumnSelector.Each : new ColumnSelector(column))));
    }

    private bool TryParseNumberGroup(out List<(int Number, bool Negative)> group)
    {
        group = [];
        var save = _pos;
        var negative = false;
        int? previous = null;
        var pendingRange = false;
        while (true)
        {
            SkipSpace();
            if (Accept("…") || Accept("..."))
            {
                if (previous is null)
                {
                    _pos = save;
                    return false;
                }

                pendingRange = true;
            }
            else if (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                var n = ParseNumber();
                if (pendingRange)
                {
                    for (var k = previous!.Value + 1; k < n; k++)
                    {
                        group.Add((k, negative));
                    }

                    pendingRange = false;
                }

                group.Add((n, negative));
                previous = n;
            }
            else
            {
                _pos = save;
                return false;
            }

            SkipSpace();
            if (pendingRange && _pos < _text.Length && _text[_pos] == ')')
            {
                throw Error("a number after '…'");
            }

            if (Accept(")"))
            {
                return true;
            }

            if (Accept("+"))
            {
                negative = false;
            }
            else if (Accept("-") || Accept("−"))
            {
                negative = true;
            }
            else
            {
                _pos = save;
                return false;
            }
        }
    }

    private char ParseSuffix()
    {
        SkipSpace();
        if (Accept("行"))
        {
            Accept("各栏");
            return '行';
        }

        if (Accept("栏"))
        {
            Accept("各行");
            return '栏';
        }

        throw Error("'行' or '栏' after a number");
    }

    private static CellReference LineOrColumn(int number, char suffix) => suffix == '行'
        ? new CellReference(null, RowSelector.Of(RowKey.Line(number)), ColumnSelector.Each)
        : new CellReference(null, RowSelector.EachRow, new ColumnSelector(number.ToString(CultureInfo.InvariantCulture)));

    private RowSelector ParseRow()
    {
        SkipSpace();
        if (Accept("{"))
        {
            var nameStart = _pos;
            var name = ParseUntil('}').Trim();
            Expect("}");
            if (IsVariable(name))
            {
                return RowSelector.OfVariable(name);
            }

            _pos = nameStart;
            throw Error("a row variable: {类}, {款}, {项}, {科目}, {经济类}, {经济款} or {经济科目}");
        }

        var start = _pos;
        var text = ParseUntil(',').Trim();
        if (text.StartsWith('Σ') && IsVariable(text[1..]))
        {
            return RowSelector.SumOfVariable(text[1..]);
        }

        if (text == "*")
        {
            return RowSelector.EachRow;
        }

        if (text is "合计" or "total")
        {
            return RowSelector.Of(RowKey.Total);
        }

        if (text.EndsWith('行') && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line > 0)
        {
            return RowSelector.Of(RowKey.Line(line));
        }

        if (text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            if ((text[0] is '3' or '5') && EconomicCode.TryParse(text, out var economic))
            {
                return RowSelector.Of(RowKey.Economic(economic));
            }

            if (FunctionalCode.TryParse(text, out var functional))
            {
                return RowSelector.Of(RowKey.Functional(functional));
            }
        }

        if (RowKey.TryParse(text, CultureInfo.InvariantCulture, out var key))
        {
            return RowSelector.Of(key);
        }

        _pos = start;
        throw Error("a row: 合计, N行, a code, {类}, * or a row key such as I:本年收入合计");
    }

    private static bool IsVariable(string name) => name is "类" or "款" or "项" or "科目" or "经济类" or "经济款" or "经济科目";

    private int ParseNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        return int.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n < 10000
            ? n
            : throw Error("a line or column number from 1 to 9999");
    }

    private string ParseName()
    {
        var start = _pos;
        while (_pos < _text.Length && !NameStops.Contains(_text[_pos], StringComparison.Ordinal))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw Error("a table id or '['");
        }

        return _text[start.._pos];
    }

    private string ParseUntil(char stop)
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] != stop && _text[_pos] != ']')
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool Accept(string token)
    {
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0)
        {
            _pos += token.Length;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        SkipSpace();
        if (!Accept(token))
        {
            throw Error($"'{token}'");
        }
    }

    private GovBudgetFormatException Error(string expected)
    {
        var found = _pos < _text.Length ? $"'{_text[_pos]}'" : "the end";
        return new GovBudgetFormatException($"expected {expected}, found {found} in formula '{_text}'", "formula", 1, _pos + 1);
    }
}
