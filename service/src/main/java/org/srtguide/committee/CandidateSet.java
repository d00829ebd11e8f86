package org.srtguide.committee;

import java.util.List;

import org.srtguide.decision.VersionedModels;

/**
 * The active models with the submitted ones replacing their namesakes and the {@code removed} ones
 * left out, in deployment order. {@code base} is the version they were laid over (null for the build
 * gate, which checks dmn/ alone).
 */
record CandidateSet(List<CandidateModel> models, VersionedModels base, List<String> removed) {

    CandidateSet(List<CandidateModel> models) {
        this(models, null, List.of());
    }

    List<CandidateModel> submitted() {
        return models.stream().filter(CandidateModel::submitted).toList();
    }
}
