"""Inference engines shared by the edge agent and the cloud pool's llama.cpp replicas."""
