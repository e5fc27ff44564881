#include "last_frame.h"

#include <cstdint>
#include <cstring>

namespace knotmap {

namespace {

// Compared four bytes at a time: libc's memcmp goes byte by byte here, and a frame is a few
// hundred kilobytes, compared once per frame.
bool same_bytes(const unsigned char* a, const unsigned char* b, size_t n) {
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        uint32_t x, y;
        std::memcpy(&x, a + i, 4);
        std::memcpy(&y, b + i, 4);
        if (x != y) return false;
    }
    for (; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

}  // namespace

// While the new frame matches the kept one, it is only compared; from its first difference on,
// it is copied over the kept one. A repeated frame costs a comparison and no copy.
void LastFrame::take(const void* data, size_t bytes) {
    const unsigned char* from = static_cast<const unsigned char*>(data);
    if (equal_ && at_ + bytes <= kept_.size() && same_bytes(kept_.data() + at_, from, bytes)) {
        at_ += bytes;
        return;
    }
    if (equal_) {
        equal_ = false;
        kept_.resize(at_);
    }
    kept_.resize(at_ + bytes);
    std::memcpy(kept_.data() + at_, from, bytes);
    at_ += bytes;
}

bool LastFrame::same(const ImDrawData& draw, ImU32 clear) {
    at_ = 0;
    equal_ = true;
    take(&draw.DisplaySize, sizeof draw.DisplaySize);
    take(&clear, sizeof clear);
    for (int l = 0; l < draw.CmdListsCount; ++l) {
        const ImDrawList& list = *draw.CmdLists[l];
        take(list.VtxBuffer.Data, static_cast<size_t>(list.VtxBuffer.Size) * sizeof(ImDrawVert));
        take(list.IdxBuffer.Data, static_cast<size_t>(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            // Field by field: the struct's padding bytes are not part of the frame.
            take(&cmd.ClipRect, sizeof cmd.ClipRect);
            take(&cmd.TextureId, sizeof cmd.TextureId);
            take(&cmd.VtxOffset, sizeof cmd.VtxOffset);
            take(&cmd.IdxOffset, sizeof cmd.IdxOffset);
            take(&cmd.ElemCount, sizeof cmd.ElemCount);
            const unsigned char callback = cmd.UserCallback != nullptr;
            take(&callback, 1);
        }
    }
    // A frame that is the kept one plus more, or the kept one cut short, is another frame.
    if (equal_ && at_ != kept_.size()) {
        equal_ = false;
        kept_.resize(at_);
    }
    return equal_;
}

}  // namespace knotmap
