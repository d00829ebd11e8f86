package org.srtguide.dose.grid;

import java.util.List;

/** A structure as contoured: its name and its closed planar contours (any planes, any order). */
public record RoiContours(String name, List<Contour> contours) {

    public RoiContours {
        contours = List.copyOf(contours);
    }
}
