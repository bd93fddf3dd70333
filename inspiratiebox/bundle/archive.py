"""One deterministic zip writer for every archive the build ships.

A fixed timestamp, mode and entry order make an archive byte-identical
between builds, so a rebuild without changes gives the same file (and the
same browser cache entry)."""

import io
import zipfile

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def deterministic_zip(entries: dict, compresslevel: int | None = None) -> bytes:
    """A zip of `entries` (name -> bytes; a name ending in / is a folder),
    sorted by name. `compresslevel` None is zlib's default level."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.create_system = 3
            if name.endswith("/"):
                info.external_attr = (0o40755 << 16) | 0x10
                out.writestr(info, b"")
                continue
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, entries[name], compresslevel=compresslevel)
    return buffer.getvalue()
