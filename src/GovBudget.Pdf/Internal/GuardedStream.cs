namespace GovBudget.Pdf.Internal;

/// <summary>
/// A read-only stream over the input bytes that stops the parser once the read is cancelled (its time bound passed):
/// every read and seek checks the token, so a parser looping over damaged input stops at its next access.
/// </summary>
internal sealed class GuardedStream(byte[] bytes, CancellationToken cancellation) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => bytes.Length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        cancellation.ThrowIfCancellationRequested();
        if (_position >= bytes.Length)
        {
            return 0;
        }

        var n = (int)Math.Min(buffer.Length, bytes.Length - _position);
        bytes.AsSpan((int)_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int ReadByte()
    {
        cancellation.ThrowIfCancellationRequested();
        return _position < bytes.Length ? bytes[_position++] : -1;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        cancellation.ThrowIfCancellationRequested();
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => bytes.Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        if (target < 0)
        {
            throw new IOException("Seek before the start of the input.");
        }

        _position = target;
        return target;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
