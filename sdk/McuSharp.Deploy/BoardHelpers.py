# McuSharp's helpers on the board. Each "#: name" section is sent as one raw REPL command when a session first
# needs it (comments and indentation are shrunk on the way: a micro:bit has 9 KB of heap). They must run on
# MicroPython 1.9 and later: no f-strings, module names with or without their old "u" prefix.

#: probe
import os, sys, gc
def _mci(name):
    for m in (name, 'u' + name):
        try:
            return __import__(m)
        except ImportError:
            pass
_hl = _mci('hashlib')
_ba = _mci('binascii')
_df = _mci('deflate')
_io = _mci('io')
def _mcb(f, n):
    # a file's (or stream's) bytes, n at a time
    while True:
        b = f.read(n)
        if not b:
            return
        yield b
def _mcv(c, *names):
    # commands that name files carry the sum of those names' bytes: a name that lost bytes on the line stops here,
    # before a damaged command can touch another file
    if sum([sum(bytes(x, 'utf8')) for x in names]) & 0xffff != c:
        raise ValueError('chunk damaged on the line')
def _mcp():
    f = ['v=' + '.'.join([str(x) for x in sys.implementation.version[:3]]), 'platform=' + sys.platform]
    if _hl and hasattr(_hl, 'sha256'):
        f.append('sha256')
    if _ba and hasattr(_ba, 'a2b_base64'):
        f.append('base64')
    if _df and _io and hasattr(_df, 'DeflateIO'):
        f.append('deflate')
    for a in ('rename', 'mkdir', 'stat', 'statvfs', 'ilistdir'):
        if hasattr(os, a):
            f.append('os.' + a)
    try:
        sys.stdin.buffer.read
        f.append('stdin')
    except AttributeError:
        pass
    gc.collect()
    f.append('heap=%d' % gc.mem_free())
    try:
        s = os.statvfs(os.getcwd())
        f.append('free=%d' % (s[1] * s[4]))
    except Exception:
        pass
    print(' '.join(f))
_mcp()
del _mcp

#: unprobe
# Before the probe runs again: its names go first, so that a micro:bit's 9 KB heap holds the second run too.
for _n in ('_mci', '_mcb', '_mcv', '_hl', '_ba', '_df', '_io'):
    globals().pop(_n, None)
del _n
gc.collect()

#: stat
def _mcz(p):
    try:
        return os.stat(p)[6]
    except AttributeError:
        return os.size(p)
def _mch(p):
    # sha256 where the board has it, else Adler-32 (pure Python, small ints only)
    f = open(p, 'rb')
    if _hl and hasattr(_hl, 'sha256'):
        h = _hl.sha256()
        for b in _mcb(f, 512):
            h.update(b)
        f.close()
        return ''.join(['%02x' % x for x in h.digest()])
    a = 1
    s = 0
    for b in _mcb(f, 64):
        for x in b:
            a = (a + x) % 65521
            s = (s + a) % 65521
    f.close()
    return '%04x%04x' % (s, a)
def _mcs(q):
    # for each (path, expected size): "-" when absent, else its size, and its hash when the size is as expected
    for p, n in q:
        try:
            z = _mcz(p)
        except OSError:
            print('-')
            continue
        print(z, _mch(p) if z == n else '')

#: chunks
def _mco(c, p):
    global _mf, _mn
    _mcv(c, p)
    _mf = open(p, 'wb')
    _mn = 0
def _mcw(d, n, at):
    # appends one chunk that starts at offset at; a chunk already written (its answer was lost) is acknowledged again
    global _mn
    if at != _mn:
        if at + n == _mn:
            print(_mn)
            return
        raise ValueError('chunk at %d, file has %d' % (at, _mn))
    if len(d) != n:
        raise ValueError('chunk of %d bytes, expected %d' % (len(d), n))
    _mf.write(d)
    _mn += n
    print(_mn)
def _mcc():
    _mf.close()

#: stream
def _mcr(c, p, wbits, at):
    # frames from stdin: 4 hex digits of length (0 ends), 4 of the bytes' sum, then the bytes with \x1bE for \x1b
    # and \x1bC for \x03 (Ctrl-C would interrupt this program); \x06 first and after each frame asks for more. A frame
    # whose sum is off lost bytes: the file keeps the frames before it, and the host resumes at its size (at).
    _mcv(c, p)
    o = open(p, 'ab' if at else 'wb')
    f = _io.BytesIO() if wbits else o
    r = sys.stdin.buffer
    n = at
    sys.stdout.write('\x06')
    try:
        while True:
            k = int(r.read(4), 16)
            c = int(r.read(4), 16)
            if not k:
                break
            d = r.read(k).replace(b'\x1bC', b'\x03').replace(b'\x1bE', b'\x1b')
            if sum(d) & 0xffff != c:
                raise ValueError('frame')
            f.write(d)
            n += len(d)
            sys.stdout.write('\x06')
        if wbits:
            f.seek(0)
            n = at
            for d in _mcb(_df.DeflateIO(f, _df.RAW, wbits), 512):
                o.write(d)
                n += len(d)
    finally:
        o.close()
    print(n)

#: commit
def _mck(c, t, p):
    # the verified temporary file t becomes p in one rename; FAT refuses to rename over a file (EEXIST), so there
    # the old one steps aside first, as p.mcus-old, which the next session puts back if p went missing meanwhile
    _mcv(c, t, p)
    try:
        os.rename(t, p)
    except OSError as e:
        if e.args[0] != 17:
            raise
        o = p + '.mcus-old'
        os.rename(p, o)
        os.rename(t, p)
        os.remove(o)

#: copy
def _mck(c, t, p):
    # firmware without os.rename: p is rewritten from the verified temporary file t, on the board
    _mcv(c, t, p)
    s = open(t, 'rb')
    f = open(p, 'wb')
    for b in _mcb(s, 64):
        f.write(b)
    f.close()
    s.close()

#: files
def _mcl(d):
    # a folder's entries, one per line, folders with a trailing /
    try:
        for e in (os.ilistdir(d) if d else os.ilistdir()):
            print(e[0] + ('/' if e[1] & 0x4000 else ''))
    except AttributeError:
        for e in (os.listdir(d) if d else os.listdir()):
            print(e)
def _mcg(p):
    f = open(p, 'rb')
    for b in _mcb(f, 64):
        print(repr(b))
    f.close()
def _mcm(c, p):
    _mcv(c, p)
    try:
        os.mkdir(p)
    except OSError as e:
        if e.args[0] != 17:
            raise
def _mcx(c, p, folder, strict):
    _mcv(c, p)
    try:
        os.rmdir(p) if folder else os.remove(p)
    except OSError:
        if strict:
            raise
