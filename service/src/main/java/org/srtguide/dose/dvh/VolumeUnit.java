package org.srtguide.dose.dvh;

/** Unit of DVH volumes: absolute cm³ or percent of the structure. */
public enum VolumeUnit {
    CC,
    PERCENT
}
